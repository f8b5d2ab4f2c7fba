package dev.kiji.link.kb;

import java.util.List;
import java.util.Map;

/**
 * Hand-curated extras for countries that CLDR display names lack: news short forms and the
 * Wikidata QIDs the project is sure of. Keyed by ISO 3166-1 alpha-2 code.
 */
final class CountryNames {
    private CountryNames() {
    }

    static final Map<String, List<String>> JA_SHORT = Map.ofEntries(
            Map.entry("US", List.of("米国", "米", "アメリカ", "合衆国")),
            Map.entry("RU", List.of("露", "ロシア連邦")),
            Map.entry("GB", List.of("英", "英国", "イギリス", "連合王国")),
            Map.entry("CN", List.of("中", "中国", "中華人民共和国")),
            Map.entry("KR", List.of("韓", "韓国", "大韓民国")),
            Map.entry("KP", List.of("北朝鮮", "朝鮮民主主義人民共和国")),
            Map.entry("JP", List.of("日", "日本国", "にっぽん")),
            Map.entry("FR", List.of("仏", "フランス共和国")),
            Map.entry("DE", List.of("独", "ドイツ連邦共和国")),
            Map.entry("IT", List.of("伊")),
            Map.entry("CA", List.of("加")),
            Map.entry("AU", List.of("豪", "豪州")),
            Map.entry("IN", List.of("印")),
            Map.entry("NL", List.of("蘭")),
            Map.entry("TW", List.of("台", "チャイニーズ・タイペイ", "中華台北")),  // Chinese Taipei: Taiwan in the Olympics and the NPFC
            Map.entry("UA", List.of("宇")),
            Map.entry("VN", List.of("越")),
            Map.entry("SA", List.of("サウジ")),
            Map.entry("AE", List.of("UAE", "アラブ首長国連邦")),
            Map.entry("ZA", List.of("南ア")),
            Map.entry("NZ", List.of("NZ", "ニュージーランド")),
            Map.entry("CZ", List.of("チェコ共和国")),
            Map.entry("TR", List.of("トルコ", "トルキエ", "土")),  // 日土, 訪土
            Map.entry("GE", List.of("グルジア")),
            Map.entry("HK", List.of("ホンコン", "香港特別行政区")),
            Map.entry("MO", List.of("澳門", "マカオ特別行政区")),
            Map.entry("MM", List.of("ビルマ")),
            Map.entry("PS", List.of("パレスチナ")),
            Map.entry("VA", List.of("バチカン", "ローマ教皇庁", "ローマ法王庁")),
            Map.entry("GR", List.of("希", "ギリシア")),  // 日希, 希首相
            Map.entry("BR", List.of("伯")),  // 日伯, 在伯
            Map.entry("MX", List.of("墨")),  // 日墨
            Map.entry("ES", List.of("西")),  // 日西
            Map.entry("PH", List.of("比")),  // 日比, 比大統領
            Map.entry("PT", List.of("葡")),  // 日葡
            Map.entry("PG", List.of("PNG")));

    static final Map<String, List<String>> EN_SHORT = Map.ofEntries(
            Map.entry("US", List.of("U.S.", "US", "USA", "U.S.A.", "America", "United States of America",
                    "the United States")),
            Map.entry("RU", List.of("Russian Federation")),
            Map.entry("GB", List.of("UK", "U.K.", "Britain", "Great Britain")),
            Map.entry("CN", List.of("PRC", "People's Republic of China", "mainland China")),
            Map.entry("KR", List.of("Republic of Korea", "ROK", "Korea")),  // news's "Korea" is the South
            Map.entry("KP", List.of("DPRK", "Democratic People's Republic of Korea")),
            Map.entry("CZ", List.of("Czech Republic", "Czechia")),
            Map.entry("TR", List.of("Turkey", "Türkiye")),
            Map.entry("AE", List.of("UAE", "United Arab Emirates")),
            Map.entry("NL", List.of("Holland")),
            Map.entry("CI", List.of("Ivory Coast")),
            Map.entry("MM", List.of("Burma")),
            Map.entry("PS", List.of("Palestine")),
            Map.entry("VA", List.of("Vatican", "Holy See")),
            Map.entry("TW", List.of("Chinese Taipei")),
            Map.entry("HK", List.of("Hong Kong SAR")),
            Map.entry("MO", List.of("Macau", "Macao SAR")),
            Map.entry("CD", List.of("DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo")),
            Map.entry("CG", List.of("Congo-Brazzaville", "Republic of Congo")),
            Map.entry("SZ", List.of("Swaziland")),
            Map.entry("CV", List.of("Cabo Verde")),
            Map.entry("TL", List.of("East Timor")),
            Map.entry("FM", List.of("Federated States of Micronesia")),
            Map.entry("PG", List.of("PNG")));

    /**
     * Names news uses where CLDR's display name is a formal or disambiguating one ({@code Hong Kong SAR China},
     * {@code Congo - Kinshasa}, {@code Myanmar (Burma)}): English and Japanese label.
     */
    static final Map<String, List<String>> LABELS = Map.of(
            "HK", List.of("Hong Kong", "香港"),
            "MO", List.of("Macao", "マカオ"),
            "CD", List.of("Democratic Republic of the Congo", "コンゴ民主共和国"),
            "CG", List.of("Republic of the Congo", "コンゴ共和国"),
            "MM", List.of("Myanmar", "ミャンマー"),
            "PS", List.of("Palestinian Territories", "パレスチナ自治区"));

    private static final java.util.regex.Pattern FINAL_PARENTHESIS = java.util.regex.Pattern.compile("\\s*[(（][^()（）]+[)）]$");

    /**
     * Spellings of a CLDR name that news writes: {@code and} for CLDR's {@code &} ({@code Bosnia and Herzegovina}),
     * {@code Saint} and {@code St} for {@code St.}, and the name without a final parenthesis ({@code Myanmar (Burma)}).
     */
    static List<String> variants(String name) {
        List<String> out = new java.util.ArrayList<>();
        String bare = FINAL_PARENTHESIS.matcher(name).replaceAll("");
        if (!bare.equals(name)) {
            out.add(bare);
        }
        if (name.contains(" & ")) {
            out.add(name.replace(" & ", " and "));
        }
        if (name.startsWith("St. ")) {
            String rest = name.substring(4).replace(" & ", " and ");
            out.add("Saint " + rest);
            out.add("St " + rest);
        }
        return out;
    }

    /** QIDs pinned by hand; countries not listed get no QID rather than a guess. */
    static final Map<String, String> QID = Map.ofEntries(
            Map.entry("US", "Q30"), Map.entry("RU", "Q159"), Map.entry("JP", "Q17"), Map.entry("UA", "Q212"),
            Map.entry("CN", "Q148"), Map.entry("GB", "Q145"), Map.entry("FR", "Q142"), Map.entry("DE", "Q183"),
            Map.entry("IT", "Q38"), Map.entry("CA", "Q16"), Map.entry("AU", "Q408"), Map.entry("IN", "Q668"),
            Map.entry("BR", "Q155"), Map.entry("MX", "Q96"), Map.entry("ES", "Q29"), Map.entry("TR", "Q43"),
            Map.entry("SA", "Q851"), Map.entry("IR", "Q794"), Map.entry("IL", "Q801"), Map.entry("EG", "Q79"),
            Map.entry("ZA", "Q258"), Map.entry("ID", "Q252"), Map.entry("AR", "Q414"), Map.entry("KR", "Q884"),
            Map.entry("KP", "Q423"), Map.entry("TW", "Q865"), Map.entry("VN", "Q881"), Map.entry("PH", "Q928"),
            Map.entry("TH", "Q869"), Map.entry("SG", "Q334"), Map.entry("MY", "Q833"), Map.entry("PK", "Q843"),
            Map.entry("CH", "Q39"), Map.entry("SE", "Q34"), Map.entry("NO", "Q20"), Map.entry("FI", "Q33"),
            Map.entry("DK", "Q35"), Map.entry("NL", "Q55"), Map.entry("BE", "Q31"), Map.entry("PL", "Q36"),
            Map.entry("AT", "Q40"), Map.entry("GR", "Q41"), Map.entry("PT", "Q45"), Map.entry("IE", "Q27"),
            Map.entry("HU", "Q28"), Map.entry("CZ", "Q213"), Map.entry("RO", "Q218"), Map.entry("BY", "Q184"),
            Map.entry("IQ", "Q796"), Map.entry("SY", "Q858"), Map.entry("AF", "Q889"), Map.entry("NZ", "Q664"),
            Map.entry("CL", "Q298"), Map.entry("CO", "Q739"), Map.entry("PE", "Q419"), Map.entry("VE", "Q717"),
            Map.entry("CU", "Q241"), Map.entry("NG", "Q1033"), Map.entry("KE", "Q114"), Map.entry("ET", "Q115"));
}
