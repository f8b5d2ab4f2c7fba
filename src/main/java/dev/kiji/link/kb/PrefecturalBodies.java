package dev.kiji.link.kb;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * KB entries generated for every prefecture of Japan from {@value #TABLE}: the prefectural police
 * ({@code 兵庫県警察 / 兵庫県警, Hyogo Prefectural Police}; Tokyo's is the curated 警視庁), the prefectural
 * labour bureau ({@code 兵庫労働局, Hyogo Labour Bureau}), and a district court, a district public
 * prosecutors office and a family court at each court seat ({@code 神戸地方裁判所 / 神戸地裁, Kobe District Court}),
 * the prefectural government, assembly and board of education ({@link LocalGovernments}) and the city
 * councils of the designated cities. No QIDs: none is certain without a lookup.
 * The curated core may replace any of these ids with a richer entry.
 */
final class PrefecturalBodies {
    static final String TABLE = "/dev/kiji/link/kb/jp-prefectures.tsv";

    private PrefecturalBodies() {
    }

    static List<KbEntry> entries() {
        List<KbEntry> out = new ArrayList<>();
        for (String[] row : rows()) {
            String key = row[0];
            String ja = row[1];
            String en = row[2];
            String stem = ja.equals("北海道") ? ja : ja.substring(0, ja.length() - 1);
            String where = "; " + ja;
            out.addAll(LocalGovernments.prefecture(key, ja, en));
            if (row.length > 4 && !row[4].equals("-")) {
                for (String city : row[4].split(",")) {
                    out.addAll(LocalGovernments.designatedCity(city.substring(0, city.indexOf(':')),
                            city.substring(city.indexOf(':') + 1)));
                }
            }
            if (!key.equals("tokyo")) {
                List<String> policeJa = new ArrayList<>();
                policeJa.add(ja + "警");
                if (ja.equals("北海道")) {
                    policeJa.add("道警");
                }
                out.add(political("kb:org:jp_police_" + key, en + " Prefectural Police", ja + "警察",
                        List.of(en + " prefectural police"), policeJa, "prefectural police of Japan; 警察 逮捕 捜査" + where));
            }
            out.add(political("kb:org:jp_labour_bureau_" + key, en + " Labour Bureau", stem + "労働局",
                    List.of(en + " Labor Bureau"), List.of(), "prefectural labour bureau of Japan; 労働 厚生労働省" + where));
            for (String seat : row[3].split(",")) {
                String cityJa = seat.substring(0, seat.indexOf(':'));
                String cityEn = seat.substring(seat.indexOf(':') + 1);
                String city = cityEn.toLowerCase(Locale.ROOT);
                out.add(political("kb:org:jp_" + city + "_district_court", cityEn + " District Court",
                        cityJa + "地方裁判所", List.of(), List.of(cityJa + "地裁"), "district court of Japan; 裁判所 判決" + where));
                out.add(political("kb:org:jp_" + city + "_district_prosecutors", cityEn + " District Public Prosecutors Office",
                        cityJa + "地方検察庁", List.of(cityEn + " District Prosecutors Office"), List.of(cityJa + "地検"),
                        "district public prosecutors office of Japan; 検察 起訴 逮捕" + where));
                out.add(political("kb:org:jp_" + city + "_family_court", cityEn + " Family Court",
                        cityJa + "家庭裁判所", List.of(), List.of(cityJa + "家裁"), "family court of Japan; 裁判所 審判" + where));
            }
        }
        return out;
    }

    static KbEntry political(String id, String en, String ja, List<String> enAliases, List<String> jaAliases,
            String description) {
        return new KbEntry(id, EntityType.ORGANIZATION, Subtype.POLITICAL, new KbEntry.Labels(en, ja),
                new KbEntry.Aliases(enAliases, jaAliases), null, description);
    }

    private static List<String[]> rows() {
        InputStream in = PrefecturalBodies.class.getResourceAsStream(TABLE);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + TABLE);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
