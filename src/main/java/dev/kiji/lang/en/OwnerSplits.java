package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name the CRF ran across its owner is two names:
 * <ul>
 *   <li>before a possessive: {@code Japan's Labor Standards Act} is Japan and the act, {@code International Skating
 *       Union's Grand Prix} the union and its series;</li>
 *   <li>after "of the": {@code Yakushima Forest Office of the Forestry Agency} is the office and the agency, as a
 *       Japanese article writes them apart (林野庁屋久島森林管理署).</li>
 *   <li>a place after "of" that ends a firm's name the KB does not know ({@code Kurushima Kisen of Imabari}); a name
 *       with a word that makes a body of it ({@code Royal Bank of Canada}, {@code University of Tokyo}) stays whole.</li>
 * </ul>
 * Split only where the owner is a name the KB knows exactly as one kind of thing ({@link KbKind}; after "of the" an
 * organization: {@code Emperor's Cup}, {@code Women's World Cup}, {@code Bank of Japan} and {@code University of the
 * Ryukyus} stay whole) and the owned part is a capitalized name; the owner takes the KB's type, the rest keeps the
 * mention's.
 */
final class OwnerSplits {
    private static final Set<String> POSSESSIVE = Set.of("'s", "’s");
    private static final Set<String> OF = Set.of("of");

    private OwnerSplits() {
    }

    static List<Mention> apply(List<CoreLabel> tokens, KnowledgeBase kb, List<Mention> mentions) {
        return apply(tokens, kb, mentions, false);
    }

    /**
     * Only the possessive split, for names found whole in the KB after the tagger ({@link KbMentions}): the KB may list
     * {@code Osaka's Chuo Ward} to tell the ward from other Chuo Wards, but the conventions still write Osaka and the
     * ward, while a name with "of the" that the KB knows whole ({@code Kanazawa Branch of the Nagoya High Court}) is one.
     */
    static List<Mention> possessives(List<CoreLabel> tokens, KnowledgeBase kb, List<Mention> mentions) {
        return apply(tokens, kb, mentions, true);
    }

    private static List<Mention> apply(List<CoreLabel> tokens, KnowledgeBase kb, List<Mention> mentions, boolean possessiveOnly) {
        TokenOffsets at = new TokenOffsets(tokens);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Integer first = m.type().isValue() ? null : at.startingAt(m.span().start());
            Integer last = first == null ? null : at.endingAt(m.span().end());
            if (first == null || last == null || !possessive(tokens, kb, m, first, last, out)
                    && (possessiveOnly || !split(tokens, kb, m, first, last, out))) {
                out.add(m);
            }
        }
        return out;
    }

    /** Adds the owner and the owned name of a possessive {@code m} to {@code out} and returns true, when it holds both. */
    private static boolean possessive(List<CoreLabel> tokens, KnowledgeBase kb, Mention m, int first, int last, List<Mention> out) {
        int s = only(tokens, first, last, POSSESSIVE);
        if (s > first && capitalized(tokens.get(s + 1))) {
            CharSpan owner = new CharSpan(m.span().start(), tokens.get(s - 1).endPosition());
            KbKind k = KbKind.of(kb, slice(m, owner));
            if (k != null) {
                add(out, m, owner, k, new CharSpan(tokens.get(s + 1).beginPosition(), m.span().end()), false);
                return true;
            }
        }
        return false;
    }

    /** Adds the owner and the owned name of {@code m}, split at "of", to {@code out} and returns true, when it holds both. */
    private static boolean split(List<CoreLabel> tokens, KnowledgeBase kb, Mention m, int first, int last, List<Mention> out) {
        int of = only(tokens, first, last, OF);
        if (of > first + 1 && of + 2 <= last && tokens.get(of + 1).word().equals("the") && capitalized(tokens.get(of + 2))
                && capitalized(tokens.get(of - 1))) {
            CharSpan owner = new CharSpan(tokens.get(of + 2).beginPosition(), m.span().end());
            KbKind k = KbKind.of(kb, slice(m, owner));
            if (k != null && k.type() == EntityType.ORGANIZATION) {
                add(out, m, owner, k, new CharSpan(m.span().start(), tokens.get(of - 1).endPosition()), true);
                return true;
            }
        }
        if (m.type() != EntityType.ORGANIZATION || KbKind.of(kb, m.text()) != null) {
            return false;
        }
        if (of > first + 1 && of < last && capitalized(tokens.get(of + 1)) && firmName(tokens, first, of)) {
            CharSpan place = new CharSpan(tokens.get(of + 1).beginPosition(), m.span().end());
            KbKind k = KbKind.of(kb, slice(m, place));
            if (k != null && k.type() == EntityType.LOCATION) {  // Kurushima Kisen of Imabari
                add(out, m, place, k, new CharSpan(m.span().start(), tokens.get(of - 1).endPosition()), true);
                return true;
            }
        }
        return false;
    }

    /** Capitalized words with no word that makes a body of them ({@code Bank}, {@code University}, {@code Ministry}). */
    private static boolean firmName(List<CoreLabel> tokens, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!capitalized(tokens.get(i))) {
                return false;
            }
            words.add(tokens.get(i).word());
        }
        return OrgWords.subtype(words) == null;
    }

    private static void add(List<Mention> out, Mention m, CharSpan owner, KbKind k, CharSpan owned, boolean ownedFirst) {
        Mention o = new Mention(owner, slice(m, owner), k.type(), k.subtype(), null, null);
        Mention n = new Mention(owned, slice(m, owned), m.type(), m.subtype(), m.value(), m.entity());
        out.add(ownedFirst ? n : o);
        out.add(ownedFirst ? o : n);
    }

    /** The index of the one token among first..last spelled as one of {@code words}, or -1 (none, or several). */
    private static int only(List<CoreLabel> tokens, int first, int last, Set<String> words) {
        int found = -1;
        for (int i = first + 1; i < last; i++) {
            if (words.contains(tokens.get(i).word())) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private static boolean capitalized(CoreLabel t) {
        return Character.isUpperCase(t.word().charAt(0));
    }

    private static String slice(Mention m, CharSpan s) {
        return m.text().substring(s.start() - m.span().start(), s.end() - m.span().start());
    }
}
