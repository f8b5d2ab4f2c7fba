package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.List;
import java.util.Set;

/**
 * A company the tagger missed because its name is ordinary words (三つ葉|証券, ひびき|証券, 三州|精機): a short run of
 * words ending in a trade word that ends companies' names, found where news copy names a company: before の and one of
 * its people (…証券の森重海斗アナリスト), before its head office's place in parentheses (…精機（愛知県碧南市）), or after
 * a noun for a company and の (精密機器メーカーの北斗精機); its other occurrences in the article are the company too. The
 * run starts after punctuation or a particle, holds at most three tokens and eight characters, and never starts with a
 * word that describes rather than names (大手証券, 国内証券, 米製薬). Only text no mention covers is used.
 */
final class CompanyTails {
    /** Trade words that end a company's name (CountrySplitter's tails and a few more). */
    static final Set<String> TAILS = java.util.stream.Stream.concat(CountrySplitter.COMPANY_TAILS.stream(),
            java.util.stream.Stream.of("精機", "精工", "製作所", "興業", "産業", "技研", "建設", "食品", "酒造", "製菓", "運輸", "不動産", "信金"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** {@link #TAILS} longest first (重工業 before 重工), then in code order: a deterministic order to try them in. */
    static final List<String> TAILS_LONGEST_FIRST = TAILS.stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
            .toList();
    /** Words that describe a company rather than name it: its rank, market, origin or kind. */
    static final Set<String> DESCRIPTIVE = Set.of("大手", "中堅", "準大手", "国内", "海外", "外資", "外資系", "系",
            "ネット", "地場", "地元", "主要", "各", "同", "当", "他", "全", "中小", "新興", "総合", "専門", "日系", "民間", "関連",
            "米", "英", "中", "韓", "独", "仏", "欧", "日", "中国", "韓国", "台湾", "欧州", "米国", "日本", "地方", "中央", "大型",
            "部品", "自動車", "電機", "化学", "その", "この", "同社", "傘下", "子会社", "親会社");
    private static final int MAX_TOKENS = 3;
    private static final int MAX_CHARS = 8;

    private CompanyTails() {
    }

    static void add(String text, List<Token> tokens, List<Span> out) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            Token tail = tokens.get(i);
            if (!TAILS.contains(tail.surface()) || NewsPostPass.overlapsUnsorted(out, tail.span().start(), tail.span().end())) continue;
            int b = tail.span().end();
            int first = i;
            while (first > 0 && i - first < MAX_TOKENS && nameWord(tokens.get(first - 1))
                    && b - tokens.get(first - 1).span().start() <= MAX_CHARS
                    && !NewsPostPass.overlapsUnsorted(out, tokens.get(first - 1).span().start(), tokens.get(first - 1).span().end())) {
                first--;
            }
            if (first == i || DESCRIPTIVE.contains(tokens.get(first).surface())) continue;
            int a = tokens.get(first).span().start();
            if (a > 0 && !opensName(text.charAt(a - 1), tokens, a)) continue;
            if (!companyContext(text, b, out) && !afterClassNoun(text, a)) continue;
            out.add(new Span(a, b, NerClass.COMPANY));
            names.add(text.substring(a, b));
        }
        for (String n : names) {  // the company's other mentions: 北斗精機によると
            for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
                int end = at + n.length();
                if (!NewsPostPass.overlapsUnsorted(out, at, end) && NewsPostPass.startsToken(tokens, at)
                        && (end == text.length() || NewsPostPass.startsToken(tokens, end))) {
                    out.add(new Span(at, end, NerClass.COMPANY));
                }
            }
        }
        out.sort(null);
    }

    /** Nouns for a company that news copy writes before one's name with の (精密機器メーカーの北斗精機). */
    private static final List<String> CLASS_NOUNS = List.of("メーカーの", "会社の", "企業の", "商社の", "子会社の");

    private static boolean afterClassNoun(String text, int a) {
        return CLASS_NOUNS.stream().anyMatch(c -> a >= c.length() && text.startsWith(c, a - c.length()));
    }

    /**
     * A name the tagger called a person followed by a company's trade word is that company (ミナト|精工; Kuromoji may cut
     * the trade word itself, ミナト|精|工), unless a minister's 相 follows (山田産業相) or another mention starts inside it;
     * so is a person that ends in one (ミナト精工 tagged whole), no person's name ending in a trade word.
     */
    static void joinPersons(String text, List<Token> tokens, List<Span> out) {
        for (int i = 0; i < out.size(); i++) {
            Span s = out.get(i);
            if (s.type() != NerClass.PERSON) continue;
            String name = text.substring(s.start(), s.end());
            if (TAILS.stream().anyMatch(t -> name.length() >= t.length() + 2 && name.endsWith(t))) {
                out.set(i, new Span(s.start(), s.end(), NerClass.COMPANY));  // 赤城精工 tagged whole as a person
                continue;
            }
            for (String tail : TAILS_LONGEST_FIRST) {
                int b = s.end() + tail.length();
                boolean ends = b == text.length() || NewsPostPass.startsToken(tokens, b) && text.charAt(b) != '相';
                if (text.startsWith(tail, s.end()) && ends && !NewsPostPass.overlapsUnsorted(out, s.end(), b)) {
                    out.set(i, new Span(s.start(), b, NerClass.COMPANY));
                    break;
                }
            }
        }
    }

    /** の and a PERSON right after it, or a parenthesis and a LOCATION right after that. */
    private static boolean companyContext(String text, int b, List<Span> out) {
        if (b + 1 >= text.length()) return false;
        char c = text.charAt(b);
        NerClass want = c == 'の' ? NerClass.PERSON : c == '（' || c == '(' ? NerClass.LOCATION : null;
        return want != null && out.stream().anyMatch(s -> s.start() == b + 1 && s.type() == want);
    }

    /**
     * A noun, a numeral and its counter (三|州, 五|葉: the numeral names, as in 三州 or 九州) or a hiragana word (ひびき);
     * no particle, symbol or other suffix.
     */
    private static boolean nameWord(Token t) {
        String pos = t.pos();
        if (pos.startsWith("名詞-接尾-助数詞")) return true;
        if (pos.startsWith("名詞-接尾") || pos.startsWith("記号") || pos.startsWith("助詞") || pos.startsWith("助動詞")) return false;
        return pos.startsWith("名詞") || t.surface().chars().allMatch(ch -> ch >= 'ぁ' && ch <= 'ゖ');
    }

    /** The run starts the text, or follows punctuation, a particle or a symbol. */
    private static boolean opensName(char before, List<Token> tokens, int a) {
        if ("、。，,・「『（(　 \n".indexOf(before) >= 0) return true;
        int k = NewsPostPass.tokenAt(tokens, a - 1);
        return k >= 0 && (tokens.get(k).pos().startsWith("助詞") || tokens.get(k).pos().startsWith("記号"));
    }
}
