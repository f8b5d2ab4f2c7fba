package dev.kiji.link.kb;

import dev.kiji.dict.NameDictionary;
import dev.kiji.models.Models;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Sino-Japanese (on) reading of single kanji ({@code 精 → セイ}, {@code 月 → ゲツ}), for company and facility
 * names Kuromoji does not know: it splits {@code 東和精工} into {@code 東和|精|工} and reads the lone kanji by a
 * name or native reading ({@code 精 シラゲ}), where the name is read {@code Towa Seiko}. Built by
 * {@link #build(NameDictionary, OutputStream)}: every ENAMDICT headword is tokenized by Kuromoji, and the readings of
 * the two-kanji common nouns IPADIC knows among the tokens ({@code 精密 セイミツ}, {@code 工場 コウジョウ}, mostly on
 * readings) are aligned to their two kanji by expectation maximization; a kanji's reading is its most likely one
 * when it takes at least half the kanji's weight over two or more words. Stored as {@code models/kb/kanji-on.tsv}
 * ({@code kanji TAB katakana}, sorted); {@code kiji kb build} rewrites it.
 */
public final class KanjiOnReadings {
    public static final String FILE = "kanji-on.tsv";
    private static final int ITERATIONS = 8;
    private static final int MAX_PIECE = 4;
    private static final double MIN_SHARE = 0.35;
    private static final double MIN_WEIGHT = 2.0;
    /** Kana that cannot open a kanji's reading. */
    private static final String NO_START = "ャュョァィゥェォッンー";
    private static final List<String> NOUNS = List.of("名詞-一般", "名詞-サ変接続", "名詞-形容動詞語幹", "名詞-副詞可能");

    private final Map<Character, String> on;

    private KanjiOnReadings(Map<Character, String> on) {
        this.on = on;
    }

    /** The shipped table, loaded once; empty when absent. */
    public static KanjiOnReadings shared() {
        return Holder.SHARED;
    }

    private static final class Holder {
        static final KanjiOnReadings SHARED = loadDefault();
    }

    private static KanjiOnReadings loadDefault() {
        if (!Models.exists("kb/" + FILE)) {
            return new KanjiOnReadings(Map.of());
        }
        try (InputStream in = Models.open("kb/" + FILE)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load models/kb/" + FILE, e);
        }
    }

    static KanjiOnReadings read(InputStream in) throws IOException {
        Map<Character, String> on = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                on.put(f[0].charAt(0), f[1]);
            }
        }
        return new KanjiOnReadings(Map.copyOf(on));
    }

    /** The on reading of {@code kanji} in katakana, or empty. */
    public Optional<String> of(char kanji) {
        return Optional.ofNullable(on.get(kanji));
    }

    /** Writes the table built from {@code dict}'s headwords to {@code out}, byte-identical for the same dictionary. */
    public static void build(NameDictionary dict, OutputStream out) throws IOException {
        List<String[]> words = twoKanjiNouns(dict);
        Map<Character, Map<String, Double>> weight = new TreeMap<>();
        Map<Character, Map<String, Double>> p = new HashMap<>();
        for (int it = 0; it < ITERATIONS; it++) {
            weight = new TreeMap<>();
            for (String[] w : words) {
                align(w[0].charAt(0), w[0].charAt(1), w[1], p, weight);
            }
            p = normalized(weight);
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (Map.Entry<Character, Map<String, Double>> e : weight.entrySet()) {
            double total = e.getValue().values().stream().mapToDouble(Double::doubleValue).sum();
            Map.Entry<String, Double> best = null;
            for (Map.Entry<String, Double> r : e.getValue().entrySet()) {  // TreeMap: ties go to the first reading
                if (best == null || r.getValue() > best.getValue()) {
                    best = r;
                }
            }
            if (best != null && total >= MIN_WEIGHT && best.getValue() >= MIN_SHARE * total) {
                w.write(e.getKey() + "\t" + best.getKey() + "\n");
            }
        }
        w.flush();
    }

    /** Distinct (two-kanji common noun, reading) pairs Kuromoji finds in the dictionary's headwords, sorted. */
    private static List<String[]> twoKanjiNouns(NameDictionary dict) throws IOException {
        TreeSet<String> pairs = new TreeSet<>();
        try (JapaneseTokenizer t = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL)) {
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            ReadingAttribute reading = t.addAttribute(ReadingAttribute.class);
            PartOfSpeechAttribute pos = t.addAttribute(PartOfSpeechAttribute.class);
            for (int i = 0; i < dict.size(); i++) {
                t.setReader(new StringReader(dict.entry(i).key()));
                t.reset();
                while (t.incrementToken()) {
                    String s = term.toString();
                    String r = reading.getReading();
                    if (r != null && s.length() == 2 && NameReadings.allKanji(s)
                            && NOUNS.stream().anyMatch(n -> pos.getPartOfSpeech().startsWith(n))) {
                        pairs.add(s + "\t" + r);
                    }
                }
                t.end();
                t.close();
            }
        }
        List<String[]> out = new ArrayList<>(pairs.size());
        pairs.forEach(s -> out.add(s.split("\t")));
        return out;
    }

    /** One E step for one word: its reading's splits weighted by the current readings of its two kanji. */
    private static void align(char k1, char k2, String reading, Map<Character, Map<String, Double>> p,
            Map<Character, Map<String, Double>> weight) {
        List<String[]> splits = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        double z = 0;
        for (int i = 1; i < reading.length(); i++) {
            String a = reading.substring(0, i);
            String b = reading.substring(i);
            if (a.length() > MAX_PIECE || b.length() > MAX_PIECE || NO_START.indexOf(b.charAt(0)) >= 0) {
                continue;
            }
            double w = prob(p, k1, a) * prob(p, k2, b);
            splits.add(new String[] {a, b});
            ws.add(w);
            z += w;
        }
        for (int i = 0; i < splits.size(); i++) {
            double share = ws.get(i) / z;
            weight.computeIfAbsent(k1, k -> new TreeMap<>()).merge(splits.get(i)[0], share, Double::sum);
            weight.computeIfAbsent(k2, k -> new TreeMap<>()).merge(splits.get(i)[1], share, Double::sum);
        }
    }

    /** The current probability of a reading (uniform before the first M step, small for one never seen since). */
    private static double prob(Map<Character, Map<String, Double>> p, char k, String reading) {
        if (p.isEmpty()) {
            return 1.0;
        }
        Map<String, Double> m = p.get(k);
        Double v = m == null ? null : m.get(reading);
        return v == null ? 1e-3 : v;
    }

    private static Map<Character, Map<String, Double>> normalized(Map<Character, Map<String, Double>> weight) {
        Map<Character, Map<String, Double>> p = new HashMap<>();
        weight.forEach((k, m) -> {
            double total = m.values().stream().mapToDouble(Double::doubleValue).sum();
            Map<String, Double> q = new HashMap<>();
            m.forEach((r, v) -> q.put(r, v / total));
            p.put(k, q);
        });
        return p;
    }
}
