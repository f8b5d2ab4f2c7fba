package dev.kiji.link.kb;

import dev.kiji.doc.EntityType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The short forms Japanese news writes for the courts, prosecutors offices and universities the KB names in full:
 * 知的財産高等裁判所 → 知的財産高裁, 東京地方裁判所 → 東京地裁, 大阪地方検察庁 → 大阪地検, 明治大学 → 明治大, and the full forms of
 * the names it has only short (カリフォルニア大 → カリフォルニア大学, a name of three or more characters); and a main
 * railway line without its 本 (石北本線 → 石北線). Indexed, like
 * {@link EnglishVariants}, only under keys no entry has as a name of its own.
 */
final class JapaneseVariants {
    private static final List<Map.Entry<String, String>> SHORT = List.of(
            Map.entry("高等裁判所", "高裁"), Map.entry("地方裁判所", "地裁"), Map.entry("家庭裁判所", "家裁"),
            Map.entry("簡易裁判所", "簡裁"), Map.entry("最高裁判所", "最高裁"), Map.entry("高等検察庁", "高検"),
            Map.entry("地方検察庁", "地検"), Map.entry("最高検察庁", "最高検"), Map.entry("大学", "大"));

    private static final String MAIN_LINE = "本線";

    private JapaneseVariants() {
    }

    /** Keys ({@link NameKey}) of the short (or full) forms of an organization's Japanese names; empty for anything else. */
    static Set<String> keysOf(KbEntry e) {
        Set<String> out = new LinkedHashSet<>();
        if (e.type() == EntityType.FACILITY) {
            e.names(false).stream().filter(n -> n.length() > MAIN_LINE.length() + 1 && n.endsWith(MAIN_LINE))
                    .forEach(n -> out.add(NameKey.of(n.substring(0, n.length() - MAIN_LINE.length()) + "線")));
            return out;  // 石北本線 = 石北線: news drops the 本 of a main line
        }
        if (e.type() != EntityType.ORGANIZATION) {
            return out;
        }
        e.names(false).forEach(n -> add(out, n));
        return out;
    }

    private static void add(Set<String> out, String name) {
        for (Map.Entry<String, String> s : SHORT) {
            if (name.endsWith(s.getKey())) {
                out.add(NameKey.of(name.substring(0, name.length() - s.getKey().length()) + s.getValue()));
                return;
            }
        }
        for (Map.Entry<String, String> s : SHORT) { // and the full form of a short name: カリフォルニア大 → カリフォルニア大学
            if (name.endsWith(s.getValue()) && name.length() > s.getValue().length() + 1) {
                out.add(NameKey.of(name.substring(0, name.length() - s.getValue().length()) + s.getKey()));
                return;
            }
        }
    }
}
