package dev.kiji.link.kb;

import dev.kiji.dict.NameDictionary;
import dev.kiji.dict.NameEntry;
import dev.kiji.dict.NameType;
import dev.kiji.models.Models;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The most frequent romanization of kanji family and given names among the real people ENAMDICT
 * names in full ({@code 中村剛 Nakamura Tsuyoshi}): a deterministic reading for a kanji name whose
 * Kuromoji reading is one of several ({@code 陽 → Akira} where Kuromoji reads ヨウ). Built by
 * {@link #build(NameDictionary)} from every ENAMDICT full-name entry whose headword splits into a
 * known surname and a known given name (each such split counted), stored as {@code models/kb/name-readings.tsv.gz}
 * ({@code s|g TAB kanji TAB romanization TAB count}, sorted); {@code kiji kb build} rewrites it.
 * On ENAMDICT's own full names (3,000 drawn at random, each left out of the counts it is scored
 * with) the person NIL key matches the dictionary's romanization for 0.627 of names with this table
 * against 0.552 with Kuromoji's readings alone.
 */
public final class NameReadings {
    public static final String FILE = "name-readings.tsv.gz";
    private static final int MAX_PART = 4;

    private final Map<String, String> family;
    private final Map<String, String> given;

    private NameReadings(Map<String, String> family, Map<String, String> given) {
        this.family = family;
        this.given = given;
    }

    /** The shipped table ({@code models/kb/name-readings.tsv.gz}), loaded once; empty when absent. */
    public static NameReadings shared() {
        return Holder.SHARED;
    }

    private static final class Holder {
        static final NameReadings SHARED = loadDefault();
    }

    private static NameReadings loadDefault() {
        if (!Models.exists("kb/" + FILE)) {
            return new NameReadings(Map.of(), Map.of());
        }
        try (InputStream in = Models.open("kb/" + FILE)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load models/kb/" + FILE, e);
        }
    }

    static NameReadings read(InputStream gz) throws IOException {
        Map<String, String> fam = new HashMap<>();
        Map<String, String> giv = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                (f[0].equals("s") ? fam : giv).put(f[1], f[2]);
            }
        }
        return new NameReadings(Map.copyOf(fam), Map.copyOf(giv));
    }

    /** Every romanization the table gives a family or given name ({@code sato}, {@code saito}, {@code tsuyoshi}). */
    public java.util.Set<String> romanizations() {
        java.util.Set<String> out = new java.util.HashSet<>(family.values());
        out.addAll(given.values());
        return out;
    }

    /**
     * How many family and given names in kanji the table reads with each romanization ({@code suzuki} for 鈴木, 鈴樹 …):
     * how common a spelling is among Japanese names.
     */
    public Map<String, Integer> romanizationFrequencies() {
        Map<String, Integer> out = new HashMap<>();
        family.values().forEach(r -> out.merge(r, 1, Integer::sum));
        given.values().forEach(r -> out.merge(r, 1, Integer::sum));
        return out;
    }

    /** The table's romanization of a kanji family name ({@code 中村 → nakamura}), or empty. */
    public Optional<String> family(String kanji) {
        return Optional.ofNullable(family.get(kanji));
    }

    /** The table's romanization of a kanji given name ({@code 亮 → ryou}), or empty. */
    public Optional<String> given(String kanji) {
        return Optional.ofNullable(given.get(kanji));
    }

    /** A full name split into family and given name ({@code at} = length of the family name) with their romanizations. */
    public record Split(int at, String family, String given) {
    }

    /**
     * Family and given name romanizations of an all-kanji full name of three or more characters, split
     * after the longest family name the table knows whose rest it knows as a given name, or only at
     * {@code familyLength} when that is positive (the length of a family name the tokenizer found);
     * empty when there is no such split or the whole name is itself a family name ({@code 長谷川}).
     */
    public Optional<Split> split(String name, int familyLength) {
        if (name.length() < 3 || !allKanji(name) || family.containsKey(name)) {
            return Optional.empty();
        }
        for (int i = Math.min(MAX_PART, name.length() - 1); i >= 1; i--) {
            if (familyLength > 0 && i != familyLength) {
                continue;
            }
            String f = family.get(name.substring(0, i));
            String g = given.get(name.substring(i));
            if (f != null && g != null) {
                return Optional.of(new Split(i, f, g));
            }
        }
        return Optional.empty();
    }

    /**
     * Length of the family name that starts an all-kanji full name: the longest the table knows (only
     * {@code familyLength} when that is positive), else {@code familyLength}; 0 when unknown.
     */
    public int familyLength(String name, int familyLength) {
        if (name.length() < 3 || !allKanji(name)) {
            return 0;
        }
        for (int i = Math.min(MAX_PART, name.length() - 1); i >= 1; i--) {
            if ((familyLength <= 0 || i == familyLength) && family.containsKey(name.substring(0, i))) {
                return i;
            }
        }
        return Math.max(familyLength, 0);
    }

    /**
     * A full name whose family name the table knows but whose given name it does not ({@code 柳瀬颯太}), with
     * the given name romanized by {@code given} (a dictionary of single given names); empty otherwise.
     */
    public Optional<Split> splitWith(String name, int familyLength, java.util.function.Function<String, Optional<String>> given) {
        int at = familyLength(name, familyLength);
        String f = at > 0 ? family.get(name.substring(0, at)) : null;
        if (f == null) {
            return Optional.empty();
        }
        return given.apply(name.substring(at)).map(g -> new Split(at, f, g.toLowerCase(Locale.ROOT)));
    }

    /** Writes the table built from {@code dict} to {@code out} (gzip), byte-identical for the same dictionary. */
    public static void build(NameDictionary dict, OutputStream out) throws IOException {
        Map<String, Map<String, Integer>> fam = new TreeMap<>();
        Map<String, Map<String, Integer>> giv = new TreeMap<>();
        for (int i = 0; i < dict.size(); i++) {
            if ((dict.typeMask(i) & NameType.PERSON.bit()) == 0) {
                continue;
            }
            NameEntry e = dict.entry(i);
            String k = e.key();
            if (!allKanji(k)) {
                continue;
            }
            for (String r : e.romanizations()) {
                String[] w = r.strip().split(" ");
                if (w.length != 2) {
                    continue;
                }
                for (int cut = 1; cut < k.length(); cut++) {
                    String f = k.substring(0, cut);
                    String g = k.substring(cut);
                    if (f.length() > MAX_PART || g.length() > MAX_PART || !is(dict, f, NameType.SURNAME)
                            || !is(dict, g, NameType.GIVEN) || !reads(dict, f, w[0]) || !reads(dict, g, w[1])) {
                        continue;
                    }
                    fam.computeIfAbsent(f, x -> new TreeMap<>()).merge(w[0].toLowerCase(Locale.ROOT), 1, Integer::sum);
                    giv.computeIfAbsent(g, x -> new TreeMap<>()).merge(w[1].toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        Writer w = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8);
        write(w, "s", fam);
        write(w, "g", giv);
        w.close();
    }

    private static void write(Writer w, String kind, Map<String, Map<String, Integer>> counts) throws IOException {
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            String best = null;
            int total = 0;
            for (Map.Entry<String, Integer> c : e.getValue().entrySet()) {  // sorted: ties go to the first spelling
                total += c.getValue();
                if (best == null || c.getValue() > e.getValue().get(best)) {
                    best = c.getKey();
                }
            }
            w.write(kind + "\t" + e.getKey() + "\t" + best + "\t" + total + "\n");
        }
    }

    /**
     * True when the dictionary's own entry for a name part lists {@code romanization}: a cut of a full name
     * whose halves do not read so ({@code 虎関師|錬} for "Kokan Shiren") is no family name + given name.
     */
    private static boolean reads(NameDictionary dict, String part, String romanization) {
        String want = romanization.toLowerCase(Locale.ROOT);
        return dict.lookup(part).map(e -> e.romanizations().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).equals(want)))
                .orElse(false);
    }

    private static boolean is(NameDictionary dict, String s, NameType type) {
        return dict.lookup(s).map(e -> e.types().contains(type)).orElse(false);
    }

    /**
     * True when every character is a kanji or the counter ヶ/ヵ that names write between kanji ({@code 一番ヶ瀬},
     * {@code 霞ヶ関}), as ENAMDICT's headwords do; false for the empty string.
     */
    public static boolean allKanji(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isKanji(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** True for a kanji and for the counter ヶ/ヵ written inside names ({@link #allKanji}). */
    public static boolean isKanji(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == 'ヶ' || c == 'ヵ';
    }
}
