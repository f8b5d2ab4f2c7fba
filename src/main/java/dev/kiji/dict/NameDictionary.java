package dev.kiji.dict;

import dev.kiji.models.Models;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Read-only proper-name dictionary compiled from ENAMDICT by {@link EnamdictCompiler}: typed
 * headwords with English romanizations, searchable by longest match over NFKC-normalized text
 * (e.g. {@code プーチン → Putin}). Keys are packed in one sorted {@code char[]} so the whole
 * dictionary costs about 30 MB of heap. Thread-safe after construction.
 */
public final class NameDictionary {
    public static final String FILE_NAME = "enamdict.tsv.gz";
    /** Default location relative to the working directory, and classpath resource name. */
    public static final String DEFAULT_DIR = "models/enamdict";

    private final char[] keys;
    private final int[] keyOff;
    private final short[] masks;
    private final char[] roms;
    private final int[] romOff;
    /** Keys starting with char {@code c} are {@code [firstStart[c], firstStart[c + 1])}: the first search step in O(1). */
    private final int[] firstStart;
    /** Keys of 2+ chars by their first two chars: the second search step in O(1), where ranges are widest. */
    private final PairIndex pairs;

    private NameDictionary(char[] keys, int[] keyOff, short[] masks, char[] roms, int[] romOff) {
        this.keys = keys;
        this.keyOff = keyOff;
        this.masks = masks;
        this.roms = roms;
        this.romOff = romOff;
        this.firstStart = new int[Character.MAX_VALUE + 2];
        int idx = 0;
        for (int c = 0; c <= Character.MAX_VALUE + 1; c++) {
            while (idx < masks.length && keys[keyOff[idx]] < c) idx++;
            firstStart[c] = idx;
        }
        this.pairs = new PairIndex(keys, keyOff);
    }

    /** Loads from {@code dir/enamdict.tsv.gz}. */
    public static NameDictionary load(Path dir) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve(FILE_NAME))) {
            return read(in);
        }
    }

    /** Loads the shipped dictionary {@code models/enamdict/enamdict.tsv.gz} (see {@link Models}). */
    public static NameDictionary loadDefault() {
        try (InputStream in = Models.open("enamdict/" + FILE_NAME)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the resource {@code models/enamdict/enamdict.tsv.gz} from {@code loader}. */
    public static NameDictionary loadResource(ClassLoader loader) throws IOException {
        InputStream in = loader.getResourceAsStream(DEFAULT_DIR + "/" + FILE_NAME);
        if (in == null) throw new IOException("no " + DEFAULT_DIR + "/" + FILE_NAME + " on disk or classpath");
        try (in) {
            return read(in);
        }
    }

    /** Reads the compiled TSV (gzip) format; lines must be sorted by key. */
    public static NameDictionary read(InputStream gz) throws IOException {
        StringBuilder kb = new StringBuilder(1 << 22);
        StringBuilder rb = new StringBuilder(1 << 23);
        IntList ko = new IntList();
        IntList ro = new IntList();
        IntList mk = new IntList();
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
        String line;
        String prev = null;
        while ((line = r.readLine()) != null) {
            int t1 = line.indexOf('\t');
            int t2 = line.indexOf('\t', t1 + 1);
            if (t1 <= 0 || t2 < 0) throw new IOException("malformed dictionary line: " + line);
            String key = line.substring(0, t1);
            if (prev != null && prev.compareTo(key) >= 0) throw new IOException("dictionary not sorted at " + key);
            prev = key;
            ko.add(kb.length());
            kb.append(key);
            mk.add(NameType.maskOfCodes(line.substring(t1 + 1, t2)));
            ro.add(rb.length());
            rb.append(line, t2 + 1, line.length());
        }
        ko.add(kb.length());
        ro.add(rb.length());
        short[] masks = new short[mk.size];
        for (int i = 0; i < masks.length; i++) masks[i] = (short) mk.data[i];
        char[] keys = new char[kb.length()];
        kb.getChars(0, keys.length, keys, 0);
        char[] roms = new char[rb.length()];
        rb.getChars(0, roms.length, roms, 0);
        return new NameDictionary(keys, ko.toArray(), masks, roms, ro.toArray());
    }

    public int size() {
        return masks.length;
    }

    /** The entry whose headword is exactly {@code key} (NFKC form). */
    public Optional<NameEntry> lookup(String key) {
        if (key.isEmpty()) return Optional.empty();
        int lo = firstStart[key.charAt(0)];
        int hi = firstStart[key.charAt(0) + 1];
        for (int p = 1; p < key.length() && lo < hi; p++) {
            long range = narrow(lo, hi, p, key.charAt(p));
            lo = (int) (range >>> 32);
            hi = (int) range;
        }
        return lo < hi && keyLength(lo) == key.length() ? Optional.of(entry(lo)) : Optional.empty();
    }

    /** The longest headword starting at {@code start} in {@code text}, if any. */
    public Optional<NameMatch> longestMatchAt(CharSequence text, int start) {
        int idx = longestIndexAt(text, start, text.length());
        return idx < 0 ? Optional.empty() : Optional.of(new NameMatch(start, start + keyLength(idx), entry(idx)));
    }

    /**
     * Index of the longest headword that starts at {@code start} and ends at or before {@code limit},
     * or -1. Allocation-free; use {@link #keyLength(int)} and {@link #typeMask(int)} on the result.
     */
    public int longestIndexAt(CharSequence text, int start, int limit) {
        if (start >= limit) return -1;
        int lo = firstStart[text.charAt(start)];
        int hi = firstStart[text.charAt(start) + 1];
        int best = -1;
        if (lo < hi && keyLength(lo) == 1) best = lo;
        if (start + 1 >= limit || lo == hi) return best;
        long pair = pairs.range(text.charAt(start), text.charAt(start + 1));
        lo = (int) (pair >>> 32);
        hi = (int) pair;
        if (lo < hi && keyLength(lo) == 2) best = lo;
        for (int p = 2; start + p < limit && lo < hi; p++) {
            long range = narrow(lo, hi, p, text.charAt(start + p));
            lo = (int) (range >>> 32);
            hi = (int) range;
            if (lo < hi && keyLength(lo) == p + 1) best = lo;
        }
        return best;
    }

    /** Left-to-right, non-overlapping longest matches over the whole text. */
    public List<NameMatch> longestMatches(CharSequence text) {
        List<NameMatch> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int idx = longestIndexAt(text, i, text.length());
            if (idx < 0) {
                i++;
            } else {
                out.add(new NameMatch(i, i + keyLength(idx), entry(idx)));
                i += keyLength(idx);
            }
        }
        return out;
    }

    public int keyLength(int idx) {
        return keyOff[idx + 1] - keyOff[idx];
    }

    /** Bit set of {@link NameType#bit()} for entry {@code idx}. */
    public int typeMask(int idx) {
        return masks[idx];
    }

    public NameEntry entry(int idx) {
        String key = new String(keys, keyOff[idx], keyLength(idx));
        String r = new String(roms, romOff[idx], romOff[idx + 1] - romOff[idx]);
        List<String> romanizations = r.isEmpty() ? List.of() : Arrays.asList(r.split("\\|"));
        return new NameEntry(key, NameType.fromMask(masks[idx]), romanizations);
    }

    /** Within [lo,hi) (keys sharing a prefix of length p), the sub-range whose char at p is c. */
    private long narrow(int lo, int hi, int p, char c) {
        int a = lowerBound(lo, hi, p, c);
        int b = lowerBound(a, hi, p, (char) (c + 1));
        if (c == Character.MAX_VALUE) b = hi;
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private int lowerBound(int lo, int hi, int p, char c) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (charAt(mid, p) < c) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Char at p of key idx, or -1 when the key is shorter (shorter keys sort first). */
    private int charAt(int idx, int p) {
        return p < keyLength(idx) ? keys[keyOff[idx] + p] : -1;
    }

    private static final class IntList {
        int[] data = new int[1 << 16];
        int size;

        void add(int v) {
            if (size == data.length) data = Arrays.copyOf(data, size * 2);
            data[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
