package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.dict.NameDictionary;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownNamesTest {
    private static KbEntry org(String id, Subtype subtype, String en, String ja) {
        return new KbEntry(id, EntityType.ORGANIZATION, subtype, new KbEntry.Labels(en, ja),
                new KbEntry.Aliases(List.of(), List.of()), null, null);
    }

    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            org("kb:org:eu", Subtype.POLITICAL, "European Union", "ＥＵ"),
            org("kb:org:un", Subtype.POLITICAL, "United Nations", "国連"),
            org("kb:org:who_nosub", null, "World Health Organization", "ＷＨＯ"),
            new KbEntry("kb:fac:minami_hall", EntityType.FACILITY, null, new KbEntry.Labels("Minami Civic Hall", "南市民会館"),
                    new KbEntry.Aliases(List.of(), List.of()), null, null),
            org("kb:org:kobe_court", Subtype.POLITICAL, "Kobe District Court", "神戸地裁"),
            org("kb:org:jp_gov", Subtype.POLITICAL, "Government of Japan", "日本政府"),
            new KbEntry("kb:product:kirimine_index", EntityType.PRODUCT, null, new KbEntry.Labels("Kirimine Index", "霧峰平均株価"),
                    new KbEntry.Aliases(List.of(), List.of()), null, null),
            new KbEntry("kb:person:washinoumi", EntityType.PERSON, null, new KbEntry.Labels("Washinoumi", "鷲ノ海"),
                    new KbEntry.Aliases(List.of(), List.of()), null, null),
            new KbEntry("kb:person:takamine", EntityType.PERSON, null, new KbEntry.Labels("Takamine Jiro", "高峰次郎"),
                    new KbEntry.Aliases(List.of(), List.of("高峰")), null, null),
            org("kb:org:takamine", Subtype.COMPANY, "Takamine", "高峰"),
            org("kb:org:intern_body", Subtype.POLITICAL, "Foreign Intern Training Organization", "外国人技能実習機構")));

    private static final KnownNames NAMES = KnownNames.of(KB);

    private static List<String> run(String text, Span... tagged) {
        return run(NewsPostPass.Rule.KNOWN_NAMES, text, tagged);
    }

    private static List<String> run(NewsPostPass.Rule rule, String text, Span... tagged) {
        NewsPostPass pass = new NewsPostPass(NameDictionary.loadDefault(), EnumSet.of(rule), () -> NAMES);
        List<String> out = new ArrayList<>();
        for (Span s : pass.apply(text, NerTagger.tokenizeNormalized(text), List.of(tagged))) {
            out.add(text.substring(s.start(), s.end()) + "/" + s.type());
        }
        return out;
    }

    @Test
    void uncoveredOrganizationTokensKnownToTheKbBecomeMentionsOfTheirClass() {
        assertEquals(List.of("ＥＵ/POLITICAL", "国連/POLITICAL"), run("ＥＵと国連は声明を出した。"));
    }

    @Test
    void coveredTokensAndNamesWithoutOneSubtypeAreLeftAlone() {
        String t = "ＥＵの会合にＷＨＯが出た。";
        // the tagger already found ＥＵ (as a company): kept as it is; ＷＨＯ (an IPADIC organization) has no subtype in this KB
        assertEquals(List.of("ＥＵ/COMPANY"), run(t, new Span(0, 2, NerClass.COMPANY)));
    }

    @Test
    void acronymsInRunningTextAndInParenthesesAreFound() {
        // Kuromoji tags ＥＵ as a common noun here; the parentheses are tagged as nouns too
        assertEquals(List.of("ＥＵ/POLITICAL", "ＥＵ/POLITICAL"), run("欧州連合（ＥＵ）が延長した。協議をＥＵに要請した。"));
    }

    @Test
    void multiTokenNamesOfOrganizationsAndFacilities() {
        assertEquals(List.of("神戸地裁/POLITICAL", "南市民会館/FACILITY"), run("神戸地裁は南市民会館で説明した。"));
        // punctuation is not part of the name even though the KB key ignores it
        assertEquals(List.of("南市民会館/FACILITY"), run("会場は、南市民会館。"));
    }

    @Test
    void aNameOfFiveTokensIsFound() {
        // 外国|人|技能|実習|機構
        assertEquals(List.of("外国人技能実習機構/POLITICAL"), run("外国人技能実習機構は勧告した。"));
    }

    @Test
    void aKnownNameOfSeveralTokensMayModifyTheWordAfterItAndReplacesAPlaceItStartsWith() {
        String t = "一審の神戸地裁判決を支持した。";
        assertEquals(List.of("神戸地裁/POLITICAL"), run(t, new Span(3, 5, NerClass.LOCATION)));
        // a country the tagger found stays apart (the country and its institutions are two mentions)
        assertEquals(List.of("日本/LOCATION"), run("日本政府は説明した。", new Span(0, 2, NerClass.LOCATION)));
    }

    @Test
    void aProductTheKbKnowsIsFound() {
        assertEquals(List.of("霧峰平均株価/PRODUCT"), run("霧峰平均株価は続落した。"));
    }

    @Test
    void anOrganizationTokenInsideACompoundWordIsNoMention() {
        assertEquals(List.of(), run("国連安保理は旧ＥＵ加盟国と協議した。"));
    }

    @Test
    void aNameTheKbKnowsOnlyAsAPersonIsRetypedAPerson() {
        String t = "鷲ノ海が高峰と鷲ノ海で会った。";
        // 鷲ノ海 typed a facility and a company: the KB knows it only as a person; 高峰 is a person and a company
        assertEquals(List.of("鷲ノ海/PERSON", "高峰/COMPANY", "鷲ノ海/LOCATION"), run(NewsPostPass.Rule.KNOWN_TYPES, t,
                new Span(0, 3, NerClass.FACILITY), new Span(4, 6, NerClass.COMPANY), new Span(7, 10, NerClass.LOCATION)));
    }

    @Test
    void aKnownNameAfterのInAnUnknownMentionIsTheMention() {
        // the tagger ran a field (相撲の) into a wrestler's name and typed it a product
        assertEquals(List.of("鷲ノ海/PERSON"), run(NewsPostPass.Rule.KNOWN_TYPES, "相撲の鷲ノ海が勝った。",
                new Span(0, 6, NerClass.PRODUCT)));
        assertEquals(List.of("相撲の星/PRODUCT"), run(NewsPostPass.Rule.KNOWN_TYPES, "相撲の星が出た。",
                new Span(0, 4, NerClass.PRODUCT)), "nothing known after の");
    }
}
