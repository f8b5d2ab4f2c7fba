package dev.kiji.dict;

import dev.kiji.models.Models;
import java.io.IOException;
import java.io.InputStream;
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

    /** The shipped dictionary, loaded once per JVM on first use and shared by every stage. */
    public static NameDictionary shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final NameDictionary INSTANCE = loadDefault();
    }

    /** Loads the resource {@code models/enamdict/enamdict.tsv.gz} from {@code loader}. */
    public static NameDictionary loadResource(ClassLoader loader) throws IOException {
        InputStream in = loader.getResourceAsStream(DEFAULT_DIR + "/" + FILE_NAME);
        if (in == null) throw new IOException("no " + DEFAULT_DIR + "/" + FILE_NAME + " on disk or classpath");
        try (in) {
            return read(in);
        }
    }

    /**
     * Reads the compiled TSV (gzip) format ({@code key TAB type-codes TAB romanizations}, one entry
     * per line, sorted by key). The whole file is inflated and decoded at once and scanned in place,
     * without a string per line: this is on the start-up path of every Japanese run.
     */
    public static NameDictionary read(InputStream gz) throws IOException {
        String all = new String(new GZIPInputStream(gz, 1 << 16).readAllBytes(), StandardCharsets.UTF_8);
        int n = all.length();
        CharList kb = new CharList(n / 3);
        CharList rb = new CharList(n / 2);
        IntList ko = new IntList();
        IntList ro = new IntList();
        IntList mk = new IntList();
        int prevOff = -1;
        for (int pos = 0; pos < n; ) {
            int eol = all.indexOf('\n', pos);
            if (eol < 0) eol = n;
            int end = eol > pos && all.charAt(eol - 1) == '\r' ? eol - 1 : eol;
            int t1 = all.indexOf('\t', pos);
            int t2 = t1 < 0 ? -1 : all.indexOf('\t', t1 + 1);
            if (t1 <= pos || t1 >= end || t2 < 0 || t2 >= end) {
                throw new IOException("malformed dictionary line: " + all.substring(pos, end));
            }
            int off = kb.size;
            kb.append(all, pos, t1);
            if (prevOff >= 0 && compare(kb.data, prevOff, off, off, kb.size) >= 0) {
                throw new IOException("dictionary not sorted at " + all.substring(pos, t1));
            }
            prevOff = off;
            ko.add(off);
            mk.add(NameType.maskOfCodes(all, t1 + 1, t2));
            ro.add(rb.size);
            rb.append(all, t2 + 1, end);
            rb.foldAccents(rb.size - (end - t2 - 1));
            pos = eol + 1;
        }
        ko.add(kb.size);
        ro.add(rb.size);
        short[] masks = new short[mk.size];
        for (int i = 0; i < masks.length; i++) masks[i] = (short) mk.data[i];
        return new NameDictionary(kb.toArray(), ko.toArray(), masks, rb.toArray(), ro.toArray());
    }

    /** Lexicographic comparison of {@code c[a0, a1)} and {@code c[b0, b1)}, as {@link String#compareTo}. */
    private static int compare(char[] c, int a0, int a1, int b0, int b1) {
        int la = a1 - a0;
        int lb = b1 - b0;
        for (int k = 0, m = Math.min(la, lb); k < m; k++) {
            if (c[a0 + k] != c[b0 + k]) return c[a0 + k] - c[b0 + k];
        }
        return la - lb;
    }

    public int size() {
        return masks.length;
    }

    /** The entry whose headword is exactly {@code key} (NFKC form). */
    public Optional<NameEntry> lookup(String key) {
        long range = prefixRange(key);
        int lo = (int) (range >>> 32);
        return lo < (int) range && keyLength(lo) == key.length() ? Optional.of(entry(lo)) : Optional.empty();
    }

    /**
     * The index range {@code [lo, hi)} (packed as {@code lo << 32 | hi}) of the entries whose headword starts with
     * {@code prefix} (NFKC form), the headword equal to it first; empty ({@code lo == hi}) when there are none.
     */
    public long prefixRange(String prefix) {
        if (prefix.isEmpty()) return 0L;
        int lo = firstStart[prefix.charAt(0)];
        int hi = firstStart[prefix.charAt(0) + 1];
        for (int p = 1; p < prefix.length() && lo < hi; p++) {
            long range = narrow(lo, hi, p, prefix.charAt(p));
            lo = (int) (range >>> 32);
            hi = (int) range;
        }
        return lo < hi ? ((long) lo << 32) | (hi & 0xffffffffL) : 0L;
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

    /**
     * The romanizations of entry {@code idx} as one read-only view, {@code |}-separated (empty when
     * there are none): a scan over many entries without building a {@link NameEntry} for each.
     */
    public CharSequence romanizationText(int idx) {
        return java.nio.CharBuffer.wrap(roms, romOff[idx], romOff[idx + 1] - romOff[idx]).asReadOnlyBuffer();
    }

    /** The headword of entry {@code idx} as a read-only view (a scan without building a {@link NameEntry}). */
    public CharSequence keyText(int idx) {
        return java.nio.CharBuffer.wrap(keys, keyOff[idx], keyLength(idx)).asReadOnlyBuffer();
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

    private static final class CharList {
        char[] data;
        int size;

        CharList(int capacity) {
            data = new char[Math.max(16, capacity)];
        }

        void append(String s, int from, int to) {
            int len = to - from;
            if (size + len > data.length) data = Arrays.copyOf(data, Math.max(size + len, data.length * 2));
            s.getChars(from, to, data, size);
            size += len;
        }

        char[] toArray() {
            return Arrays.copyOf(data, size);
        }

        /**
         * Writes the accented letters of the romanizations from {@code from} on as plain ones: ENAMDICT spells some
         * readings with macrons ({@code Souichirō}) and foreign names with accents ({@code São Paulo}), which English
         * news mostly leaves out, and a key of ASCII letters would otherwise lose the letter ({@code souichir}).
         */
        void foldAccents(int from) {
            for (int i = from; i < size; i++) {
                char c = data[i];
                if (c >= 0xC0 && Character.isLetter(c)) {
                    String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
                    if (d.length() > 1 && d.charAt(0) < 0x80) data[i] = d.charAt(0);
                }
            }
        }
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
