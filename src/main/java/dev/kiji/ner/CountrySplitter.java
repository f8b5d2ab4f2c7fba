package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.List;
import java.util.Set;

/**
 * A mention made only of country tokens (IPADIC 名詞-固有名詞-地域-国), optionally followed by generic
 * nouns that never complete a name, is the countries themselves (kiji's annotation convention): 日韓 →
 * 日, 韓; 日本政府 → 日本; インドネシア大統領 → インドネシア; 日インドネシア首脳 → 日, インドネシア; a
 * one-character country before an organization is split off (米航空宇宙局 → 米 + 航空宇宙局), and so is any country
 * before a ministry or an agency (ロシア外務省 → ロシア + 外務省). A
 * country inside a proper name is left alone (日本銀行 is one token; 日本相撲協会 ends in 相撲協会).
 */
final class CountrySplitter {
    /** Nouns that follow a country in running text without forming a name with it. */
    static final Set<String> GENERIC = Set.of("政府", "当局", "政権", "軍", "国軍", "側", "国民", "選手", "代表",
            "首脳", "大統領", "首相", "外相", "国防相", "財務相", "副大統領", "企業", "市場", "経済", "全土", "国内", "各地",
            "人", "系", "両国", "関係", "間", "製品", "産", "車", "勢", "国境", "東部", "西部", "南部", "北部",
            "中部", "全域", "周辺", "沖", "議会", "アニメ", "映画", "料理", "文化", "社会", "メーカー", "合意", "会談",
            "首脳会談", "協議", "交渉", "同盟", "工場", "団", "両", "交流");

    /** A country's legislature written after it, split off like a ministry (インドネシア国会 → インドネシア + 国会). */
    private static final Set<String> LEGISLATURES = Set.of("国会", "上院", "下院");

    private CountrySplitter() {
    }

    /** Adds the country mentions of {@code s} to {@code out} and returns true, or returns false when {@code s} is not such a mention. */
    static boolean split(String text, List<Token> tokens, Span s, List<Span> out) {
        int first = NewsPostPass.tokenAt(tokens, s.start());
        if (first < 0 || tokens.get(first).span().start() != s.start() || notTwoCountries(text, s.start(), s.end())) return false;
        if (s.type() == NerClass.LOCATION && regionThenCountry(text, tokens, first, s, out)) return true;
        int countries = 0;
        int i = first;
        for (; i < tokens.size() && tokens.get(i).span().end() <= s.end()
                && (isCountry(tokens.get(i)) || i > first && paired(tokens.get(i))); i++) countries++;
        int generic = 0;
        for (; i < tokens.size() && tokens.get(i).span().end() <= s.end() && GENERIC.contains(tokens.get(i).surface()); i++) generic++;
        boolean whole = i > first && tokens.get(i - 1).span().end() == s.end();
        boolean compass = s.type() == NerClass.LOCATION && Directions.compassOrDot(text, tokens.get(first).span().end()) > 0;
        if (countries == 1 && (generic == 0 || compass && !whole) && foreignName(text, tokens.get(first), s, out)) return true;
        Token c = tokens.get(first);
        if (countries == 1 && generic == 1 && armyBase(text, c, s)) {
            return countryThen(c, c.span().end() + 1, s, out);  // 米|軍|普天間飛行場: the forces' 軍 goes with neither
        }
        boolean office = text.charAt(s.end() - 1) == '府';  // 大統領|府: the generic 大統領 opens the office's name
        if (countries == 1 && (generic == 0 && (abbreviated(c, s) || ministry(text, c, s)) || office && ministry(text, c, s))) {
            return countryThen(c, c.span().end(), s, out);
        }
        if (!whole || countries == 0 || countries + generic < 2) return false;
        for (int k = first; k < first + countries; k++) {
            out.add(new Span(tokens.get(k).span().start(), tokens.get(k).span().end(), NerClass.LOCATION));
        }
        return true;
    }

    /**
     * A one-character country (米, 露, 英) in front of an organization's name of two or more characters
     * is the country, not part of the name: 米航空宇宙局 → 米 + 航空宇宙局, 米大リーグ → 米 + 大リーグ.
     */
    private static boolean abbreviated(Token country, Span s) {
        return country.span().end() - country.span().start() == 1 && s.end() - country.span().end() >= 2
                && s.type().type() == dev.kiji.doc.EntityType.ORGANIZATION;
    }

    /** Adds the country and the rest of {@code s} from {@code restStart}, of its type; true. */
    private static boolean countryThen(Token country, int restStart, Span s, List<Span> out) {
        out.add(new Span(country.span().start(), country.span().end(), NerClass.LOCATION));
        out.add(new Span(restStart, s.end(), s.type()));
        return true;
    }

    /** A country's armed forces and one of their facilities (米軍普天間飛行場 → 米 + 普天間飛行場). */
    private static boolean armyBase(String text, Token country, Span s) {
        int a = country.span().end();
        return s.type() == NerClass.FACILITY && a < s.end() && text.charAt(a) == '軍' && s.end() - a - 1 >= 3;
    }

    /**
     * A country in front of a ministry's or an agency's name (…省, …庁, …局, 大統領府) or its legislature (国会, 上院, 下院) is the
     * country, the body follows (ロシア外務省 → ロシア + 外務省, ウクライナ国家非常事態庁 → ウクライナ + 国家非常事態庁), as the
     * annotation conventions have it.
     */
    private static boolean ministry(String text, Token country, Span s) {
        int rest = s.end() - country.span().end();
        char last = text.charAt(s.end() - 1);
        boolean legislature = s.end() - country.span().end() == 2 && LEGISLATURES.contains(text.substring(country.span().end(), s.end()));
        return rest >= 2 && (last == '省' || last == '庁' || last == '局' || rest >= 3 && last == '府' || legislature)
                && s.type().type() == dev.kiji.doc.EntityType.ORGANIZATION;
    }

    /**
     * A country in front of a foreign (katakana or Latin) organization, product or place name, optionally with the
     * noun that classifies it or a kanji tail, is split off (韓国ネクソン → 韓国 + ネクソン; 韓国サムスン電子 → 韓国 +
     * サムスン電子; 米カリフォルニア州 → 米 + カリフォルニア州; 米子会社ＡＢＣ → 米 + ＡＢＣ, a company; 英科学誌
     * ネイチャー → 英 + ネイチャー, a journal): a country is never the first word of a foreign company's name. Before a
     * place, a compass part or ・ may come between (インド南部タミルナド州, インド・タミルナド州 → インド + タミルナド州).
     */
    private static boolean foreignName(String text, Token country, Span s, List<Span> out) {
        int a = country.span().end();
        if (a < text.length() && NerTagger.isKatakana(text.charAt(a - 1)) && NerTagger.isKatakana(text.charAt(a))) {
            return false;  // one katakana word Kuromoji cut after a country's letters: ペルー|ジャ is Perugia
        }
        NerClass type = s.type();
        if (type == NerClass.LOCATION) a += Directions.compassOrDot(text, a);  // インド南部タミルナド州, インド・タミルナド州
        for (var e : Appositives.CLASSES.entrySet()) {
            if (text.startsWith(e.getKey(), a) && Appositives.isNameRun(text, a + e.getKey().length(), s.end())) {
                a += e.getKey().length();
                type = e.getValue();
                break;
            }
        }
        boolean named = type.type() == dev.kiji.doc.EntityType.ORGANIZATION || type == NerClass.PRODUCT
                || type == NerClass.LOCATION;
        if (!named || !foreignRun(text, a, s.end(), type == NerClass.LOCATION)) return false;
        out.add(new Span(country.span().start(), country.span().end(), NerClass.LOCATION));
        out.add(new Span(a, s.end(), type));
        return true;
    }

    /** One-character countries news copy writes before a foreign place or body (米テキサス州, 英ロンドン, 仏ルノー). */
    private static final String ONE_CHAR_COUNTRIES = "米英仏独露中韓豪伊加印";

    /**
     * A one-character country standing alone right before a katakana or Latin mention (…）、米|テキサス州 where
     * Kuromoji reads 米 as a suffix and the tagger leaves it out) is the country: not after a kanji (南米, 欧米, 渡米
     * are words) nor after お (お米, rice).
     */
    static void leadingCountries(String text, List<Span> out) {
        List<Span> added = new java.util.ArrayList<>();
        for (Span s : out) {
            int c = s.start() - 1;
            if (c < 0 || ONE_CHAR_COUNTRIES.indexOf(text.charAt(c)) < 0 || !Appositives.isNameChar(text.charAt(s.start()))
                    || text.charAt(s.start()) == '・') {
                continue;
            }
            char before = c > 0 ? text.charAt(c - 1) : ' ';
            if (Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN || before == 'お' || before == '々'
                    || NewsPostPass.overlapsUnsorted(out, c, c + 1)) {
                continue;
            }
            NerClass t = s.type();
            if (t == NerClass.LOCATION || t.type() == dev.kiji.doc.EntityType.ORGANIZATION || t == NerClass.PRODUCT) {
                added.add(new Span(c, c + 1, NerClass.LOCATION));
            }
        }
        out.addAll(added);
    }

    /** One-character countries news copy writes after 訪 (visit) and 対 (toward): 訪日, 訪希, 対米, 対露; and 来日 (came to Japan). */
    private static final String VISITED = "日米中韓英仏独露印豪伊加蘭希欧朝台土";

    /**
     * The one-character country of 訪日 (a visit to Japan), 来日 (a coming to Japan), 訪希 and 対米 (toward the United States), 対露 is a place, as the
     * annotation conventions have it; not the 中 of 対中国 or the 日 of 日本 (the country's own word), not after a kanji
     * that makes 訪 or 対 part of another word (歴訪|日程, 絶対|日本人), nor one inside a mention.
     */
    static void visitedCountries(String text, List<Span> out) {
        List<Span> added = new java.util.ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            char before = text.charAt(i - 1);
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            boolean cameTo = before == '来' && text.charAt(i) == '日';  // 来日: came to Japan
            if (before != '訪' && before != '対' && !cameTo || VISITED.indexOf(text.charAt(i)) < 0 || after == '国'
                    || text.charAt(i) == '日' && after == '本'
                    || text.charAt(i) == '土' && CharClass.of(after) == CharClass.KANJI  // 対土砂災害: soil, not Turkey
                    || i >= 2 && CharClass.of(text.charAt(i - 2)) == CharClass.KANJI
                    || NewsPostPass.overlapsUnsorted(out, i - 1, i + 1)) {
                continue;
            }
            added.add(new Span(i, i + 1, NerClass.LOCATION));
        }
        out.addAll(added);
    }

    /**
     * A run of two to four one-character countries that the tagger marked in whole or in part, whatever type it gave
     * (欧米, 日米欧, 米中 read as a name, 日|欧 with 欧 left out, 日土 for Japan and Turkey), is each country, as the conventions
     * write 日米: not a run inside a kanji word (英米文学; a relation word after it is no wall: 日蘭交流), and not 中米, which
     * news uses for Central America (中米パナマ), nor 土日.
     */
    static void abbreviationRuns(String text, List<Span> out) {
        List<Span> kept = new java.util.ArrayList<>();
        List<Span> added = new java.util.ArrayList<>();
        for (Span s : out) {
            if (!allVisited(text, s.start(), s.end()) || s.end() - s.start() > 4) {
                kept.add(s);
                continue;
            }
            int a = s.start();
            int b = s.end();
            while (a > 0 && inRun(text.charAt(a - 1)) && !NewsPostPass.overlapsUnsorted(out, a - 1, a)) a--;
            while (b < text.length() && inRun(text.charAt(b)) && !NewsPostPass.overlapsUnsorted(out, b, b + 1)) b++;
            boolean walled = a > 0 && CharClass.of(text.charAt(a - 1)) == CharClass.KANJI
                    || b < text.length() && CharClass.of(text.charAt(b)) == CharClass.KANJI && !relationAt(text, b);
            if (b - a < 2 || b - a > 4 || walled || notTwoCountries(text, a, b) || PAIRED.indexOf(text.charAt(a)) >= 0) {
                kept.add(s);
                continue;
            }
            for (int i = a; i < b; i++) {
                Span c = new Span(i, i + 1, NerClass.LOCATION);
                if (!added.contains(c)) added.add(c);
            }
        }
        out.clear();
        out.addAll(kept);
        for (Span c : added) if (!NewsPostPass.overlapsUnsorted(out, c.start(), c.end())) out.add(c);
    }

    /** What may follow a pair of countries in running text (日蘭の企業, 米英仏が, 日印は): a particle or a comma. */
    private static final String AFTER_PAIR = "のとはがでも、";

    /**
     * A run of two to four one-character countries with 日 or 米 among them, not inside a kanji word and followed by a
     * particle or a relation word (日蘭の企業連合, 日豪の安全保障協力, 米英仏が), is each country, whether the tagger marked nothing
     * there or a mention that runs on through the particle; 日中 only before a relation word (日中の気温 is the daytime).
     */
    static void pairRuns(String text, List<Span> out) {
        List<Span> added = new java.util.ArrayList<>();
        for (int i = 0; i + 2 < text.length(); i++) {
            if (VISITED.indexOf(text.charAt(i)) < 0 || i > 0 && (CharClass.of(text.charAt(i - 1)) == CharClass.KANJI
                    || Character.isDigit(text.charAt(i - 1)))) continue;  // 4日朝の: a date's day and the morning
            int j = i;
            while (j < text.length() && j - i < 4 && inRun(text.charAt(j))) j++;
            String run = text.substring(i, j);
            boolean relation = j < text.length() && relationAt(text, j);
            boolean particle = j < text.length() && AFTER_PAIR.indexOf(text.charAt(j)) >= 0;
            if (j - i < 2 || !(run.contains("日") || run.contains("米")) || notTwoCountries(text, i, j) || !(particle || relation)
                    || run.equals("日中") && !relation || j < text.length() && inRun(text.charAt(j))) {
                i = Math.max(i, j - 1);
                continue;
            }
            final int a = i;
            final int b = j;
            if (out.stream().anyMatch(s -> s.start() < b && s.end() > a && (s.start() < a || s.end() > b && s.start() != a))) {
                i = j - 1;
                continue;  // a mention starting before the run, or one starting inside it and going on
            }
            out.removeIf(s -> s.start() < b && s.end() > a);
            for (int k = a; k < b; k++) added.add(new Span(k, k + 1, NerClass.LOCATION));
            i = j - 1;
        }
        out.addAll(added);
    }

    /**
     * 中米 is Central America in news copy (中米パナマ, 中米諸国); the United States and China are 米中. 土日 is the
     * weekend (Saturday and Sunday), not Turkey and Japan (日土).
     */
    private static boolean notTwoCountries(String text, int a, int b) {
        return b - a == 2 && (text.startsWith("中米", a) || text.startsWith("土日", a));
    }

    /**
     * Whether a word of two or more characters that follows countries without naming anything with them starts at
     * {@code at} and ends the kanji there (日蘭|交流の, 日西|関係は; not 日印|外相間戦略対話, a name that goes on).
     */
    private static boolean relationAt(String text, int at) {
        for (String g : GENERIC) {
            int end = at + g.length();
            if (g.length() >= 2 && text.startsWith(g, at)
                    && (end >= text.length() || CharClass.of(text.charAt(end)) != CharClass.KANJI)) return true;
        }
        return false;
    }

    private static boolean allVisited(String text, int a, int b) {
        for (int i = a; i < b; i++) if (!inRun(text.charAt(i))) return false;
        return b > a;
    }

    /**
     * One-character countries news copy writes only after another (日伯 Brazil, 日西 Spain, 日比 the Philippines, 日葡
     * Portugal, 日蘭 the Netherlands); IPADIC reads them as common nouns or suffixes (the 比 of 前日比, the 西 of 西日本),
     * so they count only inside a run of countries that another country opens.
     */
    private static final String PAIRED = "伯西比葡蘭";

    private static boolean inRun(char c) {
        return VISITED.indexOf(c) >= 0 || PAIRED.indexOf(c) >= 0;
    }

    /** A token that is one {@link #PAIRED} country. */
    private static boolean paired(Token t) {
        return t.surface().length() == 1 && PAIRED.indexOf(t.surface().charAt(0)) >= 0;
    }

    /** Kanji ending a foreign company's name in Japanese (サムスン|電子); an association's (サッカー|協会) is not one. */
    static final Set<String> COMPANY_TAILS = Set.of("電子", "電機", "電気", "自動車", "製薬", "化学", "重工",
            "重工業", "工業", "航空", "銀行", "証券", "生命", "物産", "商事", "製鉄", "石油", "電力", "通信", "汽船", "海運");

    /**
     * Whether {@code [a, b)} is a katakana/Latin name, optionally ending in a company tail (サムスン電子) or, for a
     * place, up to 3 kanji (カリフォルニア州).
     */
    static boolean foreignRun(String text, int a, int b, boolean place) {
        int run = a;
        while (run < b && (Appositives.isNameChar(text.charAt(run)) || run > a && Character.isDigit(text.charAt(run)))) run++;
        if (run - a < 2 || text.charAt(a) == '・') return false;
        if (run == b) return true;
        if (!place) return COMPANY_TAILS.contains(text.substring(run, b));
        return b - run <= 3 && NamePools.isKanji(text.substring(run, b));
    }

    /**
     * A region, optionally a compass part, a country and optionally a compass part (南米チリ中部, 中東イラン, アフリカ南部ナミビア):
     * the region and the country, two places.
     */
    private static boolean regionThenCountry(String text, List<Token> tokens, int first, Span s, List<Span> out) {
        Token region = tokens.get(first);
        if (!region.pos().startsWith("名詞-固有名詞-地域-一般") || first + 1 >= tokens.size()) return false;
        int at = region.span().end() + Directions.compassOrDot(text, region.span().end());
        int k = NewsPostPass.tokenAt(tokens, at);
        if (k < 0 || tokens.get(k).span().start() != at || !isCountry(tokens.get(k))) return false;
        Token country = tokens.get(k);
        int end = country.span().end();
        if (end != s.end() && end + Directions.compassOrDot(text, end) != s.end()) return false;
        out.add(new Span(region.span().start(), region.span().end(), NerClass.LOCATION));
        out.add(new Span(country.span().start(), country.span().end(), NerClass.LOCATION));
        return true;
    }

    static boolean isCountry(Token t) {
        return t.pos().startsWith("名詞-固有名詞-地域-国");
    }
}
