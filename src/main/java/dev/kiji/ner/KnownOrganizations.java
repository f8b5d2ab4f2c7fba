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
 * Organization names that IPADIC knows as such (名詞-固有名詞-組織: 国連, 東証) or that are Latin acronyms
 * (ＥＵ, ＷＨＯ: Kuromoji's tag for these depends on the context) and that the tagger left out become mentions when the knowledge base knows the name as an organization of one
 * subtype; the subtype gives the class. Names the KB does not know, or knows with several
 * subtypes or none, are left alone.
 */
final class KnownOrganizations {
    private KnownOrganizations() {
    }

    /** {@link #classesOf} over the default knowledge base, loaded on first use ({@link KnowledgeBase#shared()}). */
    static Function<String, NerClass> ofDefaultKb() {
        return name -> Shared.CLASSES.apply(name);
    }

    private static final class Shared {
        static final Function<String, NerClass> CLASSES = classesOf(KnowledgeBase.shared());
    }

    /** The class for a name from {@code kb}'s exact (non-partial) aliases, or null. */
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
        if (type != EntityType.ORGANIZATION || subtype == null) return null;
        return switch (subtype) {
            case COMPANY -> NerClass.COMPANY;
            case POLITICAL -> NerClass.POLITICAL;
            case OTHER -> NerClass.ORG_OTHER;
        };
    }

    /** Adds a mention for every uncovered organization token whose name {@code classOf} knows ({@code out} sorted, disjoint). */
    static void add(List<Token> tokens, List<Span> out, Function<String, NerClass> classOf) {
        List<Span> covered = new ArrayList<>(out);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean candidate = t.pos().startsWith("名詞-固有名詞-組織") || isAcronym(t.surface());
            if (!candidate || t.surface().length() < 2 || inCompound(tokens, k)) continue;
            int a = t.span().start();
            int b = t.span().end();
            if (NewsPostPass.overlapsAny(covered, a, b)) continue;
            NerClass c = classOf.apply(t.surface());
            if (c != null) out.add(new Span(a, b, c));
        }
    }

    /** Whether token {@code k} is glued to a noun or prefix before or after it (旧共産主義国: 共産 is no party there). */
    private static boolean inCompound(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (k > 0 && tokens.get(k - 1).span().end() == t.span().start() && isNounLike(tokens.get(k - 1))) return true;
        return k + 1 < tokens.size() && tokens.get(k + 1).span().start() == t.span().end() && isNounLike(tokens.get(k + 1));
    }

    /** A noun or prefix with a letter in it (Kuromoji tags a lone "(" as a noun). */
    private static boolean isNounLike(Token t) {
        return (t.pos().startsWith("名詞") || t.pos().startsWith("接頭詞")) && t.surface().codePoints().anyMatch(Character::isLetter);
    }

    /** 2–6 upper-case Latin letters, either width (ＥＵ, WHO): Kuromoji tags these as common nouns in running text. */
    static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 6) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= 'Ａ' && c <= 'Ｚ')) return false;
        }
        return true;
    }
}
