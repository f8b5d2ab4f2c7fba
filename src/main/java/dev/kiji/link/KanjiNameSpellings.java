package dev.kiji.link;

import dev.kiji.dict.NameDictionary;
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
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Every Hepburn romanization ENAMDICT gives a family or given name written in kanji ({@code 小鳥遊 Takanashi}, {@code 陽菜 Hina},
 * {@code 颯 Hayate}), as {@link RomanKey#part} keys: some 113,000 spellings, far more than the readings of real
 * people's full names ({@link dev.kiji.link.kb.NameReadings}). A romanized name none of whose parts is among them is
 * not a Japanese person's, even when every part happens to be valid Hepburn ({@code Sereima Nakarawa}). Katakana
 * headwords are left out: ENAMDICT also lists foreign names (フィオナ Fiona, ヨリス Joris). Stored as
 * {@code models/kb/kanji-name-spellings.txt.gz} (one key per line, sorted), which {@code kiji kb build} rewrites:
 * computing it takes about a second, reading it a few tens of milliseconds.
 */
public final class KanjiNameSpellings {
    public static final String FILE = "kanji-name-spellings.txt.gz";
    private static final int NAME_BITS = NameType.SURNAME.bit() | NameType.GIVEN.bit() | NameType.OTHER.bit();

    private KanjiNameSpellings() {
    }

    private static final class Holder {
        static final Set<String> SHARED = loadDefault();
    }

    /** The shipped set, loaded on first use; empty when the file is absent. */
    static Set<String> shared() {
        return Holder.SHARED;
    }

    private static Set<String> loadDefault() {
        if (!Models.exists("kb/" + FILE)) {
            return Set.of();
        }
        try (InputStream in = Models.open("kb/" + FILE)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load models/kb/" + FILE, e);
        }
    }

    static Set<String> read(InputStream gz) throws IOException {
        Set<String> out = new HashSet<>(1 << 18);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line);
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** The spellings of {@code d}'s kanji family, given and unclassified names. */
    static Set<String> of(NameDictionary d) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < d.size(); i++) {
            if ((d.typeMask(i) & NAME_BITS) == 0 || !hasKanji(d.keyText(i))) {
                continue;
            }
            for (String r : d.romanizationText(i).toString().split("\\|")) {
                String k = RomanKey.part(r);
                if (r.indexOf(' ') < 0 && ForeignName.isHepburn(k)) {  // only a name of Hepburn parts asks
                    out.add(k);
                }
            }
        }
        return out;
    }

    /** Writes the set of {@code d} in the shipped format (gzip, one key per line, sorted). */
    public static void build(NameDictionary d, OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8);
        for (String k : of(d)) {
            w.write(k);
            w.write('\n');
        }
        w.flush();
        gz.finish();
    }

    private static boolean hasKanji(CharSequence s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
