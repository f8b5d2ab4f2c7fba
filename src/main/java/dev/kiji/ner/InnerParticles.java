package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A mention the tagger ran over a topic or subject particle ({@code 市は改正鳥獣保護管理法}, {@code マチルド王妃から賞}) holds
 * two phrases of a sentence, not one name: a name does not hold は, が or から between its words. The pieces on either
 * side that have two or more characters and are more than one common word ({@code 表彰}) are kept, each of the
 * mention's type ({@code 改正鳥獣保護管理法}, {@code マチルド王妃}); a mention quoted whole (「…」, a title may be any
 * phrase) is left alone. A mention is also cut at a quotation bracket inside it ({@link #atBrackets}).
 */
final class InnerParticles {
    private static final Set<String> PARTICLES = Set.of("は", "が", "から");
    private static final int MIN_PIECE = 2;

    private InnerParticles() {
    }

    /** The pieces of {@code s} around its particles, {@code s} alone when it has none inside. */
    static List<Span> split(String text, List<Token> tokens, Span s) {
        List<Span> quoted = atBrackets(text, s);
        if (quoted != null) {
            List<Span> out = new ArrayList<>(2);
            for (Span p : quoted) out.addAll(split(text, tokens, p));
            return out;
        }
        if (s.start() > 0 && text.charAt(s.start() - 1) == '「' && s.end() < text.length() && text.charAt(s.end()) == '」') {
            return List.of(s);
        }
        List<Span> out = new ArrayList<>(2);
        int from = s.start();
        int k = NewsPostPass.tokenAt(tokens, s.start());
        for (; k >= 0 && k < tokens.size() && tokens.get(k).span().end() <= s.end(); k++) {
            Token t = tokens.get(k);
            if (t.span().start() > s.start() && t.span().end() < s.end() && particle(t)) {
                piece(tokens, from, t.span().start(), s, out);
                from = t.span().end();
            }
        }
        if (from == s.start()) {
            return List.of(s);
        }
        piece(tokens, from, s.end(), s, out);
        return out;
    }

    /**
     * The pieces of a mention the tagger ran across a quotation bracket ({@code 見附島酒造の純米酒「寄り波}): a name never
     * holds one, so the quoted name and the words before it are apart; pieces of fewer than two characters, and a
     * phrase with の before a quote (a description of what is quoted), are dropped. Null when {@code s} holds no bracket.
     */
    private static List<Span> atBrackets(String text, Span s) {
        List<Span> out = null;
        int from = s.start();
        for (int i = s.start(); i <= s.end(); i++) {
            if (i < s.end() && BRACKETS.indexOf(text.charAt(i)) < 0) continue;
            if (i == s.end() && out == null) return null;
            if (out == null) out = new ArrayList<>(2);
            String piece = text.substring(from, i);
            boolean described = i < s.end() && OPENING.indexOf(text.charAt(i)) >= 0 && piece.contains("の");
            if (i - from >= MIN_PIECE && !described) out.add(new Span(from, i, s.type()));
            from = i + 1;
        }
        return out;
    }

    private static final String BRACKETS = "「」『』";
    private static final String OPENING = "「『";

    private static boolean particle(Token t) {
        return PARTICLES.contains(t.surface()) && t.pos() != null
                && (t.pos().startsWith("助詞-係助詞") || t.pos().startsWith("助詞-格助詞"));
    }

    private static void piece(List<Token> tokens, int start, int end, Span s, List<Span> out) {
        int k = NewsPostPass.tokenAt(tokens, start);
        Token t = k < 0 ? null : tokens.get(k);
        boolean commonWord = t != null && t.span().start() == start && t.span().end() == end && t.pos() != null
                && !t.pos().contains("固有名詞");
        if (end - start >= MIN_PIECE && !commonWord) {
            out.add(new Span(start, end, s.type()));
        }
    }
}
