package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A katakana or Latin name written right after a word that classes it as a company is that company: news copy
 * introduces a foreign company by its trade and rank ({@code 製薬大手ロシュ}, {@code 音楽配信大手スポティファイ},
 * {@code 英資源大手アントファガスタ}, {@code スズキの子会社マジャールスズキ}). The name is the whole katakana (with ・ and ー)
 * or Latin run after the class word: added when no mention touches it, retyped when one mention is exactly it (a city's
 * name is also the miner's), and put in place of mentions that lie inside it (スズキ in マジャールスズキ). A run that is
 * one dictionary common noun ({@code 大手スーパー}, {@code 大手ゼネコン}) names no company. After 系 (affiliated with) the
 * company named before it is a mention of its own ({@code 三菱商事系エネコ} → {@code 三菱商事} + {@code エネコ}), unless it
 * is a common noun ({@code 外資系}).
 */
final class MajorCompanies {
    private static final List<String> CLASS_WORDS = List.of("大手", "子会社", "会社", "企業", "系");

    private MajorCompanies() {
    }

    static void apply(String text, List<Token> tokens, List<Span> out) {
        for (String w : CLASS_WORDS) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
                int a = at + w.length();
                int b = runEnd(text, a);
                if (b - a < 2 || latinLetter(text.charAt(a)) && b - a < 3 || text.charAt(a) == '・') continue;
                if (b < text.length() && kanji(text.charAt(b)) || commonNouns(tokens, a, b)) continue;  // 大手ネット通販, 大手IT企業
                name(text, tokens, out, a, b);
            }
        }
        out.sort(null);
    }

    private static void name(String text, List<Token> tokens, List<Span> out, int a, int b) {
        List<Span> touching = new ArrayList<>();
        for (Span s : out) {
            if (s.start() < b && a < s.end()) touching.add(s);
        }
        if (touching.size() == 1 && text.charAt(a - 1) == '系' && touching.get(0).start() < a - 1
                && touching.get(0).end() == b) {  // 三菱商事系エネコ: the affiliate and its parent
            Span whole = touching.get(0);
            out.remove(whole);
            if (!commonNouns(tokens, whole.start(), a - 1)) out.add(new Span(whole.start(), a - 1, whole.type()));
            out.add(new Span(a, b, NerClass.COMPANY));
            return;
        }
        if (touching.stream().anyMatch(s -> s.start() < a || s.end() > b)) return;  // a longer mention decides
        if (touching.size() == 1 && touching.get(0).start() == a && touching.get(0).end() == b
                && touching.get(0).type() == NerClass.COMPANY) return;
        out.removeAll(touching);
        out.add(new Span(a, b, NerClass.COMPANY));
    }

    /** End of the katakana (with ・ and ー) or Latin-letter run starting at {@code a}, in either width. */
    private static int runEnd(String text, int a) {
        int b = a;
        boolean latin = b < text.length() && latinLetter(text.charAt(b));
        while (b < text.length() && (latin ? latinLetter(text.charAt(b)) || text.charAt(b) == '&'
                : NerTagger.katakanaRun(text, b, b + 1, true))) {
            b++;
        }
        while (b > a && text.charAt(b - 1) == '・') b--;
        return b;
    }

    private static boolean latinLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ';
    }

    /**
     * True when [a,b) is made of tokens the dictionary knows as common nouns ({@code スーパー}, {@code コンビニ|チェーン},
     * {@code ゼネコン}): a kind of company, not a name.
     */
    private static boolean commonNouns(List<Token> tokens, int a, int b) {
        int k = NewsPostPass.tokenAt(tokens, a);
        if (k < 0 || tokens.get(k).span().start() != a) return false;
        for (; k < tokens.size() && tokens.get(k).span().start() < b; k++) {
            Token t = tokens.get(k);
            if (t.span().end() > b || t.reading() == null || t.pos() == null || !t.pos().startsWith("名詞")
                    || t.pos().contains("固有名詞")) return false;
        }
        return true;
    }

    private static boolean kanji(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
