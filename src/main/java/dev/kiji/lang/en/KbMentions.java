package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameKey;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names of the knowledge base that CoreNLP's three-class CRF left out become mentions (it misses many
 * organizations, facilities, events and products, and some places), when no mention overlaps them (a mention other
 * than a person's that the CRF found inside a name of several words gives way: "Tokyo" of "Tokyo District Court",
 * "Ministry of Health" and "Labour and Welfare" of "Ministry of Health, Labour and Welfare") and the
 * KB's exact (non-partial) names give them one kind (type, and subtype for organizations):
 * <ul>
 * <li>a name of several words matches case-sensitively as the KB writes it, on token boundaries, not inside a
 * longer run of capitalized words ("Fuji Subaru Line" yields no "Subaru", "Mumbai-Ahmedabad Rail" no "Mumbai"),
 * and not ending in a lower-case word (a description the corpus leaves out: "H3 rocket" is "H3"); a person only
 * by such a full name;</li>
 * <li>one word only when capitalized, not next to another capitalized word, no word of a person's name in the KB
 * (unless it is a place's own one-word name: Hue, Kunming) or in the article's person mentions (a surname), and at the start of a sentence only when the tagger calls it a
 * proper noun (NNP) or it is an acronym: "Apple" after a full stop is a fruit until the tagger says otherwise.</li>
 * </ul>
 * The longest name starting at a token wins.
 */
final class KbMentions {
    /** Enough for the longest ministry names with their commas (Ministry of Education, Culture, Sports, Science and Technology). */
    private static final int MAX_TOKENS = 12;
    private final KnowledgeBase kb;
    /** Every English name and label of the KB as written, runs of whitespace folded to one space. */
    private final Set<String> names = new HashSet<>();
    /** The {@link NameKey} of every word of a KB person's English names: a one-word match on one is a surname. */
    private final Set<String> personWords = new HashSet<>();
    /** The leading letters or digits of every name in {@link #names} ({@link #lead}): where a match can start. */
    private final Set<String> firstWords = new HashSet<>();

    KbMentions(KnowledgeBase kb) {
        this.kb = kb;
        for (KbEntry e : kb.entries()) {
            List<String> en = new ArrayList<>(e.aliases().en());
            if (e.labels().en() != null) {
                en.add(e.labels().en());
            }
            for (String n : en) {
                String folded = fold(n);
                names.add(folded);
                firstWords.add(lead(folded));
                if (e.type() == EntityType.PERSON) {
                    for (String w : folded.split(" ")) {
                        personWords.add(NameKey.of(w));
                    }
                }
            }
        }
        for (KbEntry e : kb.entries()) {  // a place's own one-word name stays a place (Hue, though Vuong Dinh Hue is a person)
            String label = e.labels().en();
            if (e.type() == EntityType.LOCATION && label != null && fold(label).indexOf(' ') < 0) {
                personWords.remove(NameKey.of(label));
            }
        }
    }

    /** {@code mentions} with a mention added for every uncovered KB name in {@code tokens} (sorted, disjoint). */
    List<Mention> apply(List<CoreLabel> tokens, String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        Set<String> surnames = new HashSet<>();
        mentions.forEach(m -> addSurnames(surnames, m));
        for (int k = 0; k < tokens.size(); k++) {
            if (!capitalized(tokens.get(k).word()) || !firstWords.contains(lead(tokens.get(k).word()))) {
                continue;
            }
            for (int e = Math.min(tokens.size(), k + MAX_TOKENS); e > k; e--) { // longest first
                Mention m = match(tokens, text, k, e, out, surnames);
                if (m != null) {
                    out.removeIf(o -> o.span().overlaps(m.span())); // fragments inside it: Tokyo of Tokyo District Court
                    out.addAll(placeAndRegion(m, text));
                    addSurnames(surnames, m);  // a person found here is named by surname further on too
                    k = e - 1;
                    break;
                }
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /**
     * A place the KB names with its region ({@code Oizumi, Gunma}) is two places in the text, as the annotation
     * conventions have it ({@code Kita Ward, Sapporo}); any other mention comes back alone.
     */
    private static List<Mention> placeAndRegion(Mention m, String text) {
        int comma = m.text().indexOf(", ");
        if (m.type() != EntityType.LOCATION || comma <= 0) {
            return List.of(m);
        }
        int a = m.span().start();
        CharSpan place = new CharSpan(a, a + comma);
        CharSpan region = new CharSpan(a + comma + 2, m.span().end());
        return List.of(Mention.of(place, text, EntityType.LOCATION, null, null),
                Mention.of(region, text, EntityType.LOCATION, null, null));
    }

    /** The words of a person mention, each of which may name that person alone later in the article. */
    private static void addSurnames(Set<String> surnames, Mention m) {
        if (m.type() == EntityType.PERSON) {
            for (String w : fold(m.text()).split(" ")) {
                surnames.add(NameKey.of(w));
            }
        }
    }

    private Mention match(List<CoreLabel> tokens, String text, int k, int e, List<Mention> covered, Set<String> surnames) {
        CharSpan span = new CharSpan(tokens.get(k).beginPosition(), tokens.get(e - 1).endPosition());
        String written = fold(span.slice(text));
        boolean oneWord = written.indexOf(' ') < 0;
        if (!names.contains(written) || oneWord && !Character.isUpperCase(written.charAt(0))
                || !oneWord && !capitalized(tokens.get(e - 1).word())
                || continues(tokens, k - 1, k) || continues(tokens, e, e - 1)
                || covered.stream().anyMatch(m -> m.span().overlaps(span) && (oneWord || !fragmentInside(m, span)))) {
            return null;
        }
        if (oneWord && (surnames.contains(NameKey.of(written)) || personWords.contains(NameKey.of(written))
                || sentenceInitial(tokens, k) && !tokens.get(k).tag().startsWith("NNP") && !acronym(written))) {
            return null;
        }
        KbKind kind = kindOf(written, oneWord);
        return kind == null ? null : Mention.of(span, text, kind.type(), kind.subtype(), null);
    }

    /**
     * A mention the tagger found inside a longer KB name: a place ("Tokyo" of "Tokyo District Court", "Japan" of "Sea
     * of Japan") or a fragment of a name the CRF cut at a comma or "and" ("Ministry of Health" of "Ministry of Health,
     * Labour and Welfare").
     */
    private static boolean fragmentInside(Mention m, CharSpan name) {
        return m.type() != EntityType.PERSON
                && name.start() <= m.span().start() && m.span().end() <= name.end() && !m.span().equals(name);
    }

    /**
     * The one kind the KB's exact names give {@code name} ({@link KbKind#of}), or null when it is (part of) a
     * person's name and {@code oneWord}.
     */
    private KbKind kindOf(String name, boolean oneWord) {
        return oneWord && KbKind.names(kb, name, EntityType.PERSON) ? null : KbKind.of(kb, name);
    }

    /**
     * Whether token {@code i} goes on a name ending or starting next to it: a capitalized word (a sentence-initial
     * one only when the tagger calls it a proper noun: "In", "The"; not a title after the name), or a hyphen glued to the name and to a capitalized word.
     */
    private static boolean continues(List<CoreLabel> tokens, int i, int name) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        CoreLabel t = tokens.get(i);
        CoreLabel n = tokens.get(name);
        if (t.sentIndex() != n.sentIndex()) {
            return false; // a headline's last word before the dateline
        }
        boolean glued = i < name ? t.endPosition() == n.beginPosition() : n.endPosition() == t.beginPosition();
        if (glued && t.word().equals("-")) { // "Mumbai-Ahmedabad", not "UNESCO-listed"
            int j = i < name ? i - 1 : i + 1;
            return j >= 0 && j < tokens.size() && capitalized(tokens.get(j).word())
                    && (j < i ? tokens.get(j).endPosition() == t.beginPosition() : t.endPosition() == tokens.get(j).beginPosition());
        }
        boolean proper = t.tag() != null && t.tag().startsWith("NNP");
        if (i > name && MentionMapper.TITLES.contains(t.word())) {
            return false;  // a title after the name opens a person's: JR Hokkaido President …, Hokkaido Governor …
        }
        return capitalized(t.word()) && Character.isLetter(t.word().charAt(0)) && (proper || !sentenceInitial(tokens, i));
    }

    private static boolean sentenceInitial(List<CoreLabel> tokens, int k) {
        if (k == 0) {
            return true;
        }
        CoreLabel prev = tokens.get(k - 1);
        if (prev.sentIndex() >= 0 && prev.sentIndex() != tokens.get(k).sentIndex()) {
            return true;
        }
        String w = prev.word();
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals("``") || w.equals("\"") || w.equals(":");
    }

    /** Two or more capitals (and digits), no dictionary word whatever the tagger says of it at a sentence start. */
    static boolean acronym(String w) {
        return w.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
                && w.chars().filter(c -> c >= 'A' && c <= 'Z').count() >= 2;
    }

    private static boolean capitalized(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
    }

    /** The leading run of letters or digits of {@code s} ({@code S&P → S}, {@code McDonald's → McDonald}), or {@code s}. */
    private static String lead(String s) {
        int end = 0;
        while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        return end == 0 ? s : s.substring(0, end);
    }

    /** {@code s} stripped, each run of whitespace one space. */
    private static String fold(String s) {
        String t = s.strip();
        StringBuilder b = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean ws = Character.isWhitespace(c);
            if (ws && (c != ' ' || i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1)))) {
                if (b == null) {
                    b = new StringBuilder(t.length()).append(t, 0, i);
                }
                if (b.length() == 0 || b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else if (b != null) {
                if (!(ws && b.length() > 0 && b.charAt(b.length() - 1) == ' ')) {
                    b.append(c);
                }
            }
        }
        return b == null ? t : b.toString();
    }
}
