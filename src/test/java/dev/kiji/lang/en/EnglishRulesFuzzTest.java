package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random token streams built from the words the English rules react to (currencies, numbers, scales,
 * months, clock times, title-case names, event/law heads, joiners, office titles), with random disjoint
 * CRF mentions: after value rules, title fragments, named phrases, storms, place classes, owner splits and KB names, every mention lies inside the
 * text, equals its slice, and the mentions are sorted and pairwise disjoint.
 */
class EnglishRulesFuzzTest {
    private static final String[] WORDS = {"$", "US$", "€", "3.5", "12", "1,200", "2025", "31", "7", "billion", "million",
        "yen", "dollars", "won", "January", "Jan.", "Sept.", "May", "may", ",", "10:30", "a.m.", "p.m.", "percent", "%",
        "minus", "Friday", "last", "week", "in", "the", "The", "of", "'s", "and", "Ostrava", "Halden", "Varna", "Open",
        "Festival", "Cup", "Act", "Express", "Line", "Rowing", "Union", "Kestrel", "Orvika", "Prize", "Summit", "Secretary", "State", "Minister", "Defense", "12th", "said", ".",
        "Typhoon", "No.", "Hurricane", "Tropical", "Storm", "Office", "region", "Award", "Prize", "no", "Tadamori"};

    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            entry("kb:fac:varna_line", EntityType.FACILITY, null, "Varna Express Line"),
            entry("kb:org:ostrava_union", EntityType.ORGANIZATION, Subtype.OTHER, "Ostrava Rowing Union"),
            entry("kb:event:ostrava_open", EntityType.EVENT, null, "Ostrava Open"),
            entry("kb:product:kestrel", EntityType.PRODUCT, null, "Kestrel"),
            entry("kb:loc:orvika", EntityType.LOCATION, null, "Orvika")));
    private static final KbMentions KNOWN = new KbMentions(KB);

    private static KbEntry entry(String id, EntityType type, Subtype subtype, String en) {
        return new KbEntry(id, type, subtype, new KbEntry.Labels(en, null), new KbEntry.Aliases(List.of(), List.of()),
                null, null);
    }

    @Property(tries = 400)
    void rulesKeepMentionsInsideSortedAndDisjoint(@ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder tagged = new StringBuilder();
        for (int i = 1 + r.nextInt(30); i > 0; i--) {
            tagged.append(tagged.length() == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        StringBuilder sb = new StringBuilder();
        List<CoreLabel> tokens = Tokens.of(tagged.toString(), sb);
        String text = sb.toString();
        List<Mention> crf = new ArrayList<>();
        EntityType[] types = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION};
        for (int i = 0; i < tokens.size(); ) {
            int len = 1 + r.nextInt(3);
            if (r.nextInt(3) == 0 && i + len <= tokens.size()) {
                crf.add(Mention.of(new CharSpan(tokens.get(i).beginPosition(), tokens.get(i + len - 1).endPosition()), text,
                        types[r.nextInt(types.length)], null, null));
                i += len + 1;
            } else {
                i++;
            }
        }
        LocalDate date = r.nextBoolean() ? LocalDate.of(2025, 3, 14) : null;
        List<Mention> all = new ArrayList<>(crf);
        all.addAll(EnglishValues.find(tokens, text, date, all));
        all.addAll(ValueRules.find(tokens, text, date, all));
        List<Mention> named = NamedPrizes.apply(text, ClassWordNames.apply(text,
                NamedStorms.apply(text, NamedPhrases.apply(tokens, text, TitleFragments.drop(tokens, all)))));
        List<Mention> out = ClassicalNames.apply(tokens, OwnerSplits.possessives(tokens, KB,
                KNOWN.apply(tokens, text, OwnerSplits.apply(tokens, KB, ParenAcronyms.apply(text, PlaceOf.apply(tokens, named))))));
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            assertTrue(m.span().start() >= 0 && m.span().end() <= text.length() && !m.span().isEmpty(), m + " in " + text);
            assertEquals(m.span().slice(text), m.text());
            if (i > 0) assertTrue(out.get(i - 1).span().end() <= m.span().start(), out.get(i - 1) + " / " + m + " in " + text);
        }
    }
}
