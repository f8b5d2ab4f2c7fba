package dev.kiji.link.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The local-government bodies {@link PrefecturalBodies} generates: each prefecture's government
 * ({@code 兵庫県庁, Hyogo Prefectural Government}), assembly ({@code 兵庫県議会, Hyogo Prefectural Assembly}) and
 * board of education ({@code 兵庫県教育委員会 / 兵庫県教委, Hyogo Prefectural Board of Education}), with Tokyo's
 * metropolitan ({@code 都庁 / 都議会 / 都教委}) and Hokkaido's ({@code 道庁 / 道議会 / 道教委}) names, and the city
 * council of a designated city ({@code 札幌市議会, Sapporo City Council}). The bare short forms are aliases only
 * where one body bears them: {@code 府庁} (Osaka and Kyoto) and {@code 県議会} (43 prefectures) are not.
 */
final class LocalGovernments {
    /**
     * Generated ids the curated core already holds under an older id: the generator uses that id, so the
     * curated entry replaces the generated one instead of duplicating it.
     */
    static final Map<String, String> CURATED_IDS = Map.of(
            "kb:org:jp_pref_gov_tokyo", "kb:org:jp_tokyo_metropolitan_government",
            "kb:org:jp_pref_assembly_tokyo", "kb:org:jp_tokyo_metropolitan_assembly",
            "kb:org:jp_pref_gov_osaka", "kb:org:jp_osaka_prefectural_government",
            "kb:org:jp_pref_gov_okinawa", "kb:org:jp_okinawa_prefectural_government");

    private LocalGovernments() {
    }

    /** The government, assembly and board of education of the prefecture {@code ja} ({@code 兵庫県}, {@code Hyogo}). */
    static List<KbEntry> prefecture(String key, String ja, String en) {
        boolean tokyo = key.equals("tokyo");
        boolean hokkaido = key.equals("hokkaido");
        String kind = tokyo ? "Metropolitan" : "Prefectural";
        String gov = hokkaido ? "Hokkaido Government" : en + " " + kind + " Government";
        List<String> govEn = hokkaido ? List.of("Hokkaido Prefectural Government") : List.of();
        String board = hokkaido ? "Hokkaido Board of Education" : en + " " + kind + " Board of Education";
        List<String> assemblyEn = hokkaido ? List.of("Hokkaido Assembly") : List.of();
        String unique = tokyo ? "都" : hokkaido ? "道" : null;
        String where = "; " + ja;
        List<KbEntry> out = new ArrayList<>();
        out.add(body(key, "gov", gov, ja + "庁", govEn, unique == null ? List.of() : List.of(unique + "庁"),
                "prefectural government of Japan; 知事 庁舎 行政" + where));
        out.add(body(key, "assembly", en + " " + kind + " Assembly", ja + "議会", assemblyEn,
                unique == null ? List.of() : List.of(unique + "議会"), "prefectural assembly of Japan; 議会 議員 議長 知事" + where));
        List<String> boardJa = new ArrayList<>(List.of(ja + "教委"));
        if (unique != null) {
            boardJa.add(unique + "教委");
        }
        out.add(body(key, "boe", board, ja + "教育委員会", List.of(), boardJa,
                "prefectural board of education of Japan; 教育 学校 教員 教育長" + where));
        return out;
    }

    /** The city council of a designated city ({@code 札幌}, {@code Sapporo}). */
    static List<KbEntry> designatedCity(String ja, String en) {
        String city = ja + "市";
        return List.of(PrefecturalBodies.political("kb:org:jp_city_council_" + en.toLowerCase(Locale.ROOT),
                en + " City Council", city + "議会", List.of(en + " City Assembly", en + " Municipal Assembly"), List.of(),
                "city council of a designated city of Japan; 市議会 議員 議長 市長; " + city));
    }

    private static KbEntry body(String key, String kind, String en, String ja, List<String> enAliases,
            List<String> jaAliases, String description) {
        String id = "kb:org:jp_pref_" + kind + "_" + key;
        return PrefecturalBodies.political(CURATED_IDS.getOrDefault(id, id), en, ja, enAliases, jaAliases, description);
    }
}
