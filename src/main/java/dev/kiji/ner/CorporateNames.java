package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A name written after 株式会社 is a company, whatever its script (株式会社みどり食品, often a hiragana or ordinary-word
 * name the tagger misses): 株式会社 and the name up to punctuation, a particle or an officer's title form one COMPANY mention (株式会社
 * is inside the span, as in Stockmark and the test corpus), and the bare name elsewhere in the article is the same
 * company. So do the other corporate forms: 有限会社 and 合同会社 (companies), 医療法人 (a hospital operator, a company
 * in the annotation conventions), and the school, welfare, association, foundation, religious and non-profit forms
 * (organizations). Mentions inside those spans are replaced; a mention crossing one leaves it alone.
 */
final class CorporateNames {
    /** Corporate forms written before a name, and the class of the body they form. */
    private static final java.util.Map<String, NerClass> PREFIXES = java.util.Map.ofEntries(
            java.util.Map.entry("株式会社", NerClass.COMPANY), java.util.Map.entry("有限会社", NerClass.COMPANY),
            java.util.Map.entry("合同会社", NerClass.COMPANY), java.util.Map.entry("医療法人", NerClass.COMPANY),
            java.util.Map.entry("学校法人", NerClass.ORG_OTHER), java.util.Map.entry("社会福祉法人", NerClass.ORG_OTHER),
            java.util.Map.entry("一般社団法人", NerClass.ORG_OTHER), java.util.Map.entry("一般財団法人", NerClass.ORG_OTHER),
            java.util.Map.entry("公益社団法人", NerClass.ORG_OTHER), java.util.Map.entry("公益財団法人", NerClass.ORG_OTHER),
            java.util.Map.entry("宗教法人", NerClass.ORG_OTHER), java.util.Map.entry("特定非営利活動法人", NerClass.ORG_OTHER),
            java.util.Map.entry("ＮＰＯ法人", NerClass.ORG_OTHER));
    private static final int MAX_NAME = 16;
    /** Words that follow a company's name and never end it: its officers and offices. */
    private static final String[] AFTER = {"代表", "社長", "会長", "取締役", "本社", "社員", "役員"};

    private CorporateNames() {
    }

    static void apply(String text, List<Token> tokens, List<Span> out) {
        for (var form : new java.util.TreeMap<>(PREFIXES).entrySet()) {  // sorted: the same result whatever the map's order
            apply(text, tokens, out, form.getKey(), form.getValue());
        }
    }

    private static void apply(String text, List<Token> tokens, List<Span> out, String prefix, NerClass type) {
        List<String> names = new ArrayList<>();
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
            int a = at + prefix.length();
            int b = nameEnd(text, tokens, a);
            if (b - a < 2) continue;
            if (place(out, new Span(at, b, type))) names.add(text.substring(a, b));
        }
        for (String n : names) {
            for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
                if (at >= prefix.length() && text.startsWith(prefix, at - prefix.length())) continue;
                int end = at + n.length();
                if (boundary(tokens, at) && boundary(tokens, end)) place(out, new Span(at, end, type));
            }
        }
    }

    /** End of the name starting at {@code a}: the first punctuation, space or particle token, at most MAX_NAME characters on. */
    private static int nameEnd(String text, List<Token> tokens, int a) {
        int b = a;
        while (b < text.length() && b - a < MAX_NAME) {
            char c = text.charAt(b);
            if (Character.isWhitespace(c) || "（()、。，,「」『』：:・".indexOf(c) >= 0 || startsAfterWord(text, b)) break;
            int k = NewsPostPass.tokenAt(tokens, b);
            if (b > a && k >= 0 && tokens.get(k).span().start() == b && tokens.get(k).pos().startsWith("助詞")) break;
            b++;
        }
        return b - a > MAX_NAME - 1 ? a : b;
    }

    private static boolean startsAfterWord(String text, int at) {
        for (String w : AFTER) {
            if (text.startsWith(w, at)) return true;
        }
        return false;
    }

    private static boolean boundary(List<Token> tokens, int at) {
        int k = NewsPostPass.tokenAt(tokens, at);
        return k < 0 || tokens.get(k).span().start() == at;
    }

    /** Puts {@code s} in place of the mentions inside it, unless one crosses it; whether it is now a mention. */
    private static boolean place(List<Span> out, Span s) {
        for (Span o : out) {
            boolean crosses = o.start() < s.end() && s.start() < o.end() && (o.start() < s.start() || o.end() > s.end());
            if (crosses) return o.start() == s.start() || o.type() == NerClass.COMPANY && o.start() <= s.start() && o.end() >= s.end();
        }
        out.removeIf(o -> o.start() >= s.start() && o.end() <= s.end());
        out.add(s);
        return true;
    }
}
