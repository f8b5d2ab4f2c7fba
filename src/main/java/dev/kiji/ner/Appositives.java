package dev.kiji.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A name in apposition to the noun that classifies it, the Japanese news way of introducing a foreign or
 * unfamiliar name: 出版社ハーパー・ブックス, 古都ルアンパバーン, 美術館ルーヴル・ランス, 与党「新未来党」, 労働組合「ユナイト」, and a shop,
 * an inn or a band named in quotes: 日本料理店「さくら亭」, 旅館「湖月荘」, バンド「夜光列車」.
 * The name is the quoted text after the class noun, or a katakana/Latin run (with ・) after it that the tagger
 * already marked in part or that has a ・ (a plain katakana word after 企業 is often a common noun: 企業ガバナンス).
 * The name gets the class noun's type and replaces the mentions inside it (or covering class noun and name);
 * other occurrences of the same name in the article are treated the same way.
 */
final class Appositives {
    static final Map<String, NerClass> CLASSES = Map.ofEntries(
            Map.entry("子会社", NerClass.COMPANY), Map.entry("科学誌", NerClass.PRODUCT), Map.entry("学術誌", NerClass.PRODUCT),
            Map.entry("出版社", NerClass.COMPANY), Map.entry("会社", NerClass.COMPANY), Map.entry("企業", NerClass.COMPANY),
            Map.entry("大手", NerClass.COMPANY), Map.entry("商社", NerClass.COMPANY), Map.entry("通信社", NerClass.COMPANY),
            Map.entry("古都", NerClass.LOCATION), Map.entry("首都", NerClass.LOCATION), Map.entry("都市", NerClass.LOCATION),
            Map.entry("州都", NerClass.LOCATION), Map.entry("港町", NerClass.LOCATION),
            Map.entry("美術館", NerClass.FACILITY), Map.entry("博物館", NerClass.FACILITY), Map.entry("劇場", NerClass.FACILITY),
            Map.entry("競技場", NerClass.FACILITY),
            Map.entry("労働組合", NerClass.ORG_OTHER), Map.entry("労組", NerClass.ORG_OTHER), Map.entry("団体", NerClass.ORG_OTHER),
            Map.entry("与党", NerClass.POLITICAL), Map.entry("野党", NerClass.POLITICAL), Map.entry("政党", NerClass.POLITICAL),
            // shops, inns and bands named in quotes after what they are: 日本料理店「さくら亭」, 旅館「湖月荘」, バンド「夜光列車」
            Map.entry("店", NerClass.COMPANY), Map.entry("居酒屋", NerClass.COMPANY), Map.entry("料亭", NerClass.COMPANY),
            Map.entry("酒蔵", NerClass.COMPANY), Map.entry("工房", NerClass.COMPANY), Map.entry("旅館", NerClass.FACILITY),
            Map.entry("ホテル", NerClass.FACILITY), Map.entry("バンド", NerClass.ORG_OTHER),
            // schools run as businesses and guesthouses: 将棋教室「桂馬堂」, 学習塾「明星塾」, 民宿「浜木綿」
            Map.entry("教室", NerClass.COMPANY), Map.entry("学習塾", NerClass.COMPANY), Map.entry("民宿", NerClass.FACILITY),
            Map.entry("スポーツバー", NerClass.COMPANY), Map.entry("カフェ", NerClass.COMPANY), Map.entry("レストラン", NerClass.COMPANY),
            Map.entry("食堂", NerClass.COMPANY));
    private static final int MAX_QUOTED = 24;

    private Appositives() {
    }

    static List<Span> apply(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Span> names = new ArrayList<>();
        List<Integer> nouns = new ArrayList<>();
        for (Map.Entry<String, NerClass> c : CLASSES.entrySet()) {
            String noun = c.getKey();
            for (int at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
                Span name = nameAfter(text, at + noun.length(), c.getValue(), sorted);
                if (name != null) {
                    names.add(name);
                    nouns.add(at);
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            Span n = names.get(i);
            String s = text.substring(n.start(), n.end());
            for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
                int end = at + s.length();
                if (at == n.start()) place(out, n, nouns.get(i), text);
                else if (wholeRun(text, at, end)) place(out, new Span(at, end, n.type()), at, text);
            }
        }
        return out;
    }

    private static Span nameAfter(String text, int at, NerClass type, List<Span> sorted) {
        if (at >= text.length()) return null;
        if (text.charAt(at) == '「') {
            int close = text.indexOf('」', at + 1);
            if (close < 0 || close - at - 1 < 2 || close - at - 1 > MAX_QUOTED) return null;
            String q = text.substring(at + 1, close);
            if (q.indexOf('\n') >= 0 || q.indexOf('。') >= 0 || q.indexOf('、') >= 0) return null;
            return new Span(at + 1, close, type);
        }
        int end = at;
        boolean dot = false;
        while (end < text.length() && isNameChar(text.charAt(end))) {
            dot |= text.charAt(end) == '・';
            end++;
        }
        while (end > at && text.charAt(end - 1) == '・') end--;
        if (end - at < 2 || !NerTagger.isKatakana(text.charAt(at)) && !Character.isLetter(text.charAt(at))) return null;
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end)) && !isJapanese(text.charAt(end))) return null;
        boolean tagged = NewsPostPass.overlapsAny(sorted, at, end);
        return dot || tagged ? new Span(at, end, type) : null;
    }

    /**
     * Replaces mentions inside {@code name} or covering it from {@code from} on, or from a kanji noun describing the class
     * noun (製薬|大手イーライリリー, 港湾|都市バルパライソ); leaves it alone when a mention crosses its end.
     */
    private static void place(List<Span> out, Span name, int from, String text) {
        for (Span o : out) {
            if (o.start() < name.end() && name.start() < o.end()
                    && (o.end() > name.end() || o.start() < from && !kanjiNoun(text, o.start(), from))) {
                return;
            }
        }
        out.removeIf(o -> o.start() < name.end() && name.start() < o.end());
        out.add(name);
    }

    /** Legal forms before 会社: 株式|会社ヨイヅキ is one company name, not a description and a name. */
    private static final java.util.Set<String> LEGAL_FORMS = java.util.Set.of("株式", "有限", "合同", "合資", "合名");

    /** Whether {@code [a, b)} is 2-6 kanji: a noun such as 製薬, 港湾 or 自動車調査 qualifying the class noun after it. */
    private static boolean kanjiNoun(String text, int a, int b) {
        if (b - a < 2 || b - a > 6) return false;
        String noun = text.substring(a, b);
        return !LEGAL_FORMS.contains(noun) && NamePools.isKanji(noun);
    }

    private static boolean wholeRun(String text, int a, int b) {
        return (a == 0 || !isNameChar(text.charAt(a - 1))) && (b >= text.length() || !isNameChar(text.charAt(b)));
    }

    /** Whether {@code [a, b)} is one run of katakana/Latin name characters (ジョン・スミス, ＪＡＳＭ). */
    static boolean isNameRun(String text, int a, int b) {
        if (b - a < 2) return false;
        for (int i = a; i < b; i++) {
            if (!isNameChar(text.charAt(i)) && !(i > a && Character.isDigit(text.charAt(i)))) return false;
        }
        return text.charAt(a) != '・';
    }

    static boolean isNameChar(char c) {
        return NerTagger.isKatakana(c) || c == '・' || c == '＝' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }

    private static boolean isJapanese(char c) {
        return c >= 0x3040;
    }
}
