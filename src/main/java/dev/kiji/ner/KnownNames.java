package dev.kiji.ner;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import dev.kiji.doc.Token;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameKey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Names of the knowledge base that the tagger left out become mentions, when the KB knows the
 * exact name as organizations of one subtype, or as facilities or events only: a single token
 * only when IPADIC tags it as an organization (国連, 東証) or it is a Latin acronym (ＥＵ, ＷＨＯ:
 * Kuromoji's tag for these depends on the context); two to four adjacent tokens of at least three
 * characters (札幌地裁, 首相官邸). A match glued to a noun before or after it is part of a longer
 * word and is skipped (旧共産主義国), as are matches overlapping a mention.
 */
final class KnownNames {
    private static final int MAX_TOKENS = 4;

    private KnownNames() {
    }

    /** {@link #classesOf} over the default knowledge base, loaded on first use ({@link KnowledgeBase#shared()}). */
    static Function<String, NerClass> ofDefaultKb() {
        return name -> Shared.CLASSES.apply(name);
    }

    private static final class Shared {
        static final Function<String, NerClass> CLASSES = classesOf(KnowledgeBase.shared());
    }

    /** The class for a name from {@code kb}'s exact (non-partial) aliases, or null when none or several. */
    static Function<String, NerClass> classesOf(KnowledgeBase kb) {
        return name -> {
            NerClass found = null;
            for (KnowledgeBase.AliasHit h : kb.lookup(NameKey.of(name))) {
                if (h.partial()) continue;
                NerClass c = classOf(h.entry().type(), h.entry().subtype());
                if (c == null || (found != null && found != c)) return null;
                found = c;
            }
            return found;
        };
    }

    private static NerClass classOf(EntityType type, Subtype subtype) {
        if (type == EntityType.FACILITY) return NerClass.FACILITY;
        if (type == EntityType.EVENT) return NerClass.EVENT;
        if (type != EntityType.ORGANIZATION || subtype == null) return null;
        return switch (subtype) {
            case COMPANY -> NerClass.COMPANY;
            case POLITICAL -> NerClass.POLITICAL;
            case OTHER -> NerClass.ORG_OTHER;
        };
    }

    /** Adds a mention for every uncovered name {@code classOf} knows ({@code out} sorted and disjoint before and after). */
    static void add(String text, List<Token> tokens, List<Span> out, Function<String, NerClass> classOf) {
        List<Span> covered = new ArrayList<>(out);
        for (int k = 0; k < tokens.size(); k++) {
            for (int e = Math.min(tokens.size(), k + MAX_TOKENS); e > k; e--) { // longest first
                Span s = match(text, tokens, k, e, covered, classOf);
                if (s != null) {
                    out.add(s);
                    covered.add(s);
                    covered.sort(null);
                    k = e - 1;
                    break;
                }
            }
        }
        out.sort(null);
    }

    /** The mention for tokens {@code [k, e)}, or null. */
    private static Span match(String text, List<Token> tokens, int k, int e, List<Span> covered, Function<String, NerClass> classOf) {
        Token first = tokens.get(k);
        int a = first.span().start();
        int b = tokens.get(e - 1).span().end();
        for (int i = k + 1; i < e; i++) {
            if (tokens.get(i).span().start() != tokens.get(i - 1).span().end()) return null;
        }
        boolean eligible = e - k == 1
                ? first.pos().startsWith("名詞-固有名詞-組織") || isAcronym(first.surface())
                : b - a >= 3;
        if (!eligible || b - a < 2 || isSymbol(first) || isSymbol(tokens.get(e - 1)) || inCompound(tokens, k, e)
                || NewsPostPass.overlapsAny(covered, a, b)) {
            return null;
        }
        NerClass c = classOf.apply(text.substring(a, b));
        return c == null ? null : new Span(a, b, c);
    }

    /** Whether tokens {@code [k, e)} are glued to a noun or prefix before or after them (旧共産主義国). */
    private static boolean inCompound(List<Token> tokens, int k, int e) {
        if (k > 0 && tokens.get(k - 1).span().end() == tokens.get(k).span().start() && isNounLike(tokens.get(k - 1))) return true;
        return e < tokens.size() && tokens.get(e).span().start() == tokens.get(e - 1).span().end() && isNounLike(tokens.get(e));
    }

    /** Punctuation and brackets never start or end a name (the KB key of "、主要7カ国" ignores the comma). */
    private static boolean isSymbol(Token t) {
        return t.pos().startsWith("記号") || t.surface().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** A noun or prefix with a letter in it (Kuromoji tags a lone "(" as a noun). */
    private static boolean isNounLike(Token t) {
        return (t.pos().startsWith("名詞") || t.pos().startsWith("接頭詞")) && t.surface().codePoints().anyMatch(Character::isLetter);
    }

    /** 2–6 upper-case Latin letters, either width (ＥＵ, WHO). */
    static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 6) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= 'Ａ' && c <= 'Ｚ')) return false;
        }
        return true;
    }
}
