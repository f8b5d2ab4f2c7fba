package dev.kiji.lang.en;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A name the CRF calls a person that the copy says is a company or a product: right after the lower-case noun that
 * classes it
 * ("bus operator Omi Lakeline", "drugmaker Hayase", "the drug Dopaserio", "a pub called Kiri", "his shop, Kiri"), with
 * that noun in an apposition after it ("Solamizu, an Osaka start-up,", "Kiri Maru, a sightseeing ferry that") or right
 * after it ("the Kameya shop and"), or after "sold as" / "branded". An unfamiliar one-word or Japanese-looking name
 * is what the CRF mistypes, and its other mentions in the article ("Solamizu hoped …") are the same thing, so every
 * person mention with the same text is retyped.
 */
final class ClassNouns {
    private static final Map<String, Subtype> ORG_CLASSES = new HashMap<>();
    private static final Set<String> PRODUCT_CLASSES = Set.of("drug", "vaccine", "app", "rover", "satellite", "robot",
            "probe", "model", "brand", "smartphone", "console", "chatbot", "software", "train", "ferry", "rocket",
            "spacecraft", "sedan", "minivan");
    private static final int MAX_APPOSITION = 6;
    /** Words before a class noun that a name set off by a comma renames: "his shop, Denden Yugido". */
    private static final Set<String> OWNERS = Set.of("his", "her", "its", "their", "our", "my", "the", "a", "an");
    private static final Set<String> APPOSITION_ENDS = Set.of(",", ".", ";", "who", "whose", "at", "of", "in", "for",
            "with", "from", "on", "by", "and", "said", "says", "that", "which");

    static {
        for (String w : List.of("operator", "start-up", "startup", "maker", "manufacturer", "firm", "company", "retailer",
                "chain", "supplier", "distributor", "carrier", "airline", "studio", "insurer", "brokerage", "automaker",
                "carmaker", "drugmaker", "chipmaker", "shipbuilder", "dealership", "consultancy", "bank", "lender",
                "conglomerate", "subsidiary", "shop", "store", "brewery", "winery", "distillery", "co-op", "cooperative",
                "exporter", "importer", "wholesaler", "dealer", "pollster", "cafe", "café", "restaurant", "pub", "inn",
                "bakery", "eatery", "stand", "stall")) {
            ORG_CLASSES.put(w, Subtype.COMPANY);
        }
        for (String w : List.of("union", "association", "club", "federation", "foundation", "charity", "group",
                "nonprofit", "non-profit", "dojo")) {
            ORG_CLASSES.put(w, Subtype.OTHER);
        }
    }

    private ClassNouns() {
    }

    static List<Mention> apply(List<CoreLabel> tokens, List<Mention> mentions) {
        TokenOffsets at = new TokenOffsets(tokens);
        Map<String, Mention> retyped = new HashMap<>();
        Set<String> persons = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            Integer first = at.startingAt(m.span().start());
            Integer last = at.endingAt(m.span().end());
            if (first == null || last == null) {
                continue;
            }
            Mention r = classed(tokens, first, last, m);
            if (r != null) {
                retyped.putIfAbsent(m.text(), r);
            } else if (personCue(tokens, first)) {
                persons.add(m.text());
            }
        }
        persons.forEach(retyped::remove);  // "Ms. Hayase" somewhere: the name is a person's after all
        if (retyped.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention r = m.type() == EntityType.PERSON ? retyped.get(m.text()) : null;
            out.add(r == null ? m : new Mention(m.span(), m.text(), r.type(), r.subtype(), m.value(), m.entity()));
        }
        return out;
    }

    /** The mention as the class noun before or in apposition after it makes it, or {@code null}. */
    private static Mention classed(List<CoreLabel> tokens, int first, int last, Mention m) {
        if (first > 0) {
            int b = first - 1;
            boolean called = b > 0 && (tokens.get(b).word().equals("called") || tokens.get(b).word().equals("named")
                    || tokens.get(b).word().equals(",") && b > 1 && OWNERS.contains(lower(tokens.get(b - 2))));
            if (called) {
                b--;  // "a pub called Batten", "his shop, Denden Yugido": the class noun comes before
            }
            String before = b >= 2 && hyphenated(tokens, b - 2) ? joined(tokens, b - 2)  // "start-up Kumotsu"
                    : tokens.get(b).word();  // lower case only: "Producer Kengo Tamaru" is a role
            if (ORG_CLASSES.containsKey(before)) {
                return as(m, EntityType.ORGANIZATION, ORG_CLASSES.get(before));
            }
            if (PRODUCT_CLASSES.contains(before) || before.equals("branded")
                    || first > 1 && before.equals("as") && tokens.get(first - 2).word().equals("sold")) {
                return as(m, EntityType.PRODUCT, null);
            }
        }
        if (last + 2 < tokens.size() && ORG_CLASSES.containsKey(tokens.get(last + 1).word())
                && APPOSITION_ENDS.contains(lower(tokens.get(last + 2)))) {
            return as(m, EntityType.ORGANIZATION, ORG_CLASSES.get(tokens.get(last + 1).word()));  // "the Kameya shop and"
        }
        if (last + 2 < tokens.size() && tokens.get(last + 1).word().equals(",")) {
            String article = lower(tokens.get(last + 2));
            if (article.equals("a") || article.equals("an")) {
                for (int k = last + 3; k < tokens.size() && k <= last + 2 + MAX_APPOSITION; k++) {
                    boolean hyphen = hyphenated(tokens, k);
                    String w = hyphen ? joined(tokens, k).toLowerCase(Locale.ROOT) : lower(tokens.get(k));
                    if (APPOSITION_ENDS.contains(w)) {
                        break;  // "X, an analyst at research firm Y": the apposition's head came before "at"
                    }
                    int next = hyphen ? k + 3 : k + 1;
                    // the apposition's head noun is not followed by another noun ("a start-up founder" is a person's)
                    boolean head = next >= tokens.size() || APPOSITION_ENDS.contains(lower(tokens.get(next)))
                            || tokens.get(next).tag() == null || !tokens.get(next).tag().startsWith("NN");
                    Subtype s = ORG_CLASSES.get(w);
                    if (s != null && head) {
                        return as(m, EntityType.ORGANIZATION, s);
                    }
                    if (PRODUCT_CLASSES.contains(w) && !w.equals("model") && head) {
                        return as(m, EntityType.PRODUCT, null);  // "Umi Akane, a sightseeing train" ("a model" may be a person)
                    }
                }
            }
        }
        return null;
    }

    /**
     * True when tokens {@code k, k+1, k+2} are a word, a hyphen and a word written together: the tokenizer splits
     * hyphenated words ({@code start-up} → {@code start - up}), which the class nouns list whole.
     */
    private static boolean hyphenated(List<CoreLabel> tokens, int k) {
        return k + 2 < tokens.size() && tokens.get(k + 1).word().equals("-")
                && tokens.get(k).endPosition() == tokens.get(k + 1).beginPosition()
                && tokens.get(k + 1).endPosition() == tokens.get(k + 2).beginPosition();
    }

    private static String joined(List<CoreLabel> tokens, int k) {
        return tokens.get(k).word() + "-" + tokens.get(k + 2).word();
    }

    /** A title or honorific right before the name: it names a person. */
    private static boolean personCue(List<CoreLabel> tokens, int first) {
        if (first == 0) {
            return false;
        }
        String w = tokens.get(first - 1).word();
        return w.equals("Mr.") || w.equals("Ms.") || w.equals("Mrs.") || w.equals("Dr.") || w.equals("President")
                || w.equals("CEO") || w.equals("Minister");
    }

    private static Mention as(Mention m, EntityType type, Subtype subtype) {
        return new Mention(m.span(), m.text(), type, subtype, m.value(), m.entity());
    }

    private static String lower(CoreLabel t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
