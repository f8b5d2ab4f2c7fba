package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named events, laws, treaties and prizes written as a title-case phrase ending in a head word that
 * says what they are: "37th Tokyo International Film Festival", "the Tokyo Marathon", "Japan Open"
 * (EVENT); "Labor Standards Act", "Paris Agreement", "International Booker Prize" (PRODUCT, the
 * corpus convention for laws, treaties and prizes). The CRF has no class for them and tags their
 * place words as locations ("Tokyo" in "Tokyo Marathon"); a found phrase replaces the mentions
 * inside it. Phrases crossing a mention's edge are left alone.
 */
final class NamedPhrases {
    /** Head words of named events (shared with {@link MentionMapper} for the CRF's MISC mentions). */
    static final Set<String> EVENT_HEADS = Set.of("War", "Summit", "Olympics", "Olympic", "Cup", "Games",
            "Conference", "Election", "Elections", "Championship", "Championships", "Festival", "Tournament",
            "Expo", "Revolution", "Marathon", "Prix", "Open", "Show", "Dialogue", "Fair", "Biennale", "Triennale");
    private static final Set<String> PRODUCT_HEADS = Set.of("Act", "Treaty", "Agreement", "Accord", "Protocol",
            "Prize", "Award");
    /** Lower-case words and punctuation that may join title-case words inside a name. */
    private static final Set<String> JOINERS = Set.of("of", "for", "and", "on", "the", "de", "'s", "'", "&", "-");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");

    private NamedPhrases() {
    }

    /** {@code mentions} with the named phrases of {@code tokens} added (replacing mentions inside them). */
    static List<Mention> apply(List<CoreLabel> tokens, String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 1; i < tokens.size(); i++) {
            String head = tokens.get(i).word();
            EntityType type = EVENT_HEADS.contains(head) ? EntityType.EVENT
                    : PRODUCT_HEADS.contains(head) ? EntityType.PRODUCT : null;
            if (type == null || i + 1 < tokens.size() && isTitleWord(tokens.get(i + 1).word())) {
                continue; // not a head, or the name goes on ("Cup Final", "Open Championship")
            }
            int from = start(tokens, i);
            if (from == i) {
                continue; // a head word alone is generic ("the summit", "the Act")
            }
            CharSpan span = new CharSpan(tokens.get(from).beginPosition(), tokens.get(i).endPosition());
            if (out.stream().anyMatch(m -> crosses(m.span(), span) || m.type().isValue() && m.span().overlaps(span)
                    || m.span().contains(span) && (!m.span().equals(span) || m.type() == type))) {
                continue; // crossing or inside a longer name, over a value, or already found
            }
            out.removeIf(m -> span.contains(m.span()));
            out.add(Mention.of(span, text, type, null, null));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** First token of the phrase ending at {@code head}: title-case words and ordinals, joined by {@link #JOINERS}. */
    private static int start(List<CoreLabel> tokens, int head) {
        int from = head;
        int j = head - 1;
        while (j >= 0) {
            String w = tokens.get(j).word();
            if (isTitleWord(w) || ORDINAL.matcher(w).matches()) {
                from = j;
                j--;
            } else if (JOINERS.contains(w) && j > 0 && isTitleWord(tokens.get(j - 1).word())
                    && !w.equals("the")) {
                j--;
            } else {
                break;
            }
        }
        if (from < head && tokens.get(from).word().equals("The")) {
            from++;
        }
        return from;
    }

    private static boolean isTitleWord(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("The");
    }

    private static boolean crosses(CharSpan a, CharSpan b) {
        return a.overlaps(b) && !b.contains(a) && !a.contains(b);
    }
}
