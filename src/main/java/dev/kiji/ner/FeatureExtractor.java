package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import dev.kiji.dict.NameType;

/**
 * Hashed per-character features: character n-grams, script classes, the Kuromoji token around
 * the character (surface, POS, position B/I/E/S) and its neighbours, and ENAMDICT longest-match
 * features. Every feature is a non-zero 32-bit hash of its template id and values.
 */
final class FeatureExtractor {
    private static final int MAX_DICT_LEN = 24;
    private final FeatureConfig config;
    private final NameDictionary dictionary;

    FeatureExtractor(FeatureConfig config, NameDictionary dictionary) {
        if (config.dictionary() && dictionary == null) throw new IllegalArgumentException("dictionary required");
        this.config = config;
        this.dictionary = dictionary;
    }

    FeatureConfig config() {
        return config;
    }

    int[][] extract(CharView v, Gazetteer gazetteer) {
        return extractRows(v, gazetteer).toArrays();
    }

    /** The features of every character of {@code v}, in one flat array. */
    FeatureRows extractRows(CharView v, Gazetteer gazetteer) {
        return extract(v, gazetteer, null, null);
    }

    /** The features of a sentence for tagging: the {@link FusedTemplates} groups as indices, the other features hashed. */
    record Fused(FeatureRows rest, int[] classIndex, int[] tokenIndex) {
    }

    /** As {@link #extractRows}, with the templates of {@link FusedTemplates} given as group indices instead. */
    Fused extractFused(CharView v, Gazetteer gazetteer) {
        int[] classIndex = new int[v.length()];
        int[] tokenIndex = config.tokens() ? new int[v.length()] : null;
        return new Fused(extract(v, gazetteer, classIndex, tokenIndex), classIndex, tokenIndex);
    }

    /** Fused when {@code classIndex} is non-null (and the token group too when {@code tokenIndex} is). */
    private FeatureRows extract(CharView v, Gazetteer gazetteer, int[] classIndex, int[] tokenIndex) {
        boolean fuseClass = classIndex != null;
        boolean fuseToken = tokenIndex != null;
        int n = v.length();
        int w = config.window();
        String t = v.text;
        long[] ch = new long[n + 2 * (w + 2)];
        int[] cls = new int[ch.length];
        int pad = w + 2;
        for (int i = 0; i < ch.length; i++) {
            int j = i - pad;
            ch[i] = j < 0 ? 0x10001 : j >= n ? 0x10002 : t.charAt(j);
            cls[i] = j < 0 ? CharClass.BOS : j >= n ? CharClass.EOS : CharClass.of(t.charAt(j));
        }
        int m = v.tokenCount();
        long[] surf = new long[m];
        long[] pos = new long[m];
        long[] pos2 = new long[m];
        long[] shape = new long[m];
        for (int k = 0; k < m; k++) {
            surf[k] = str(v.tokSurface[k]);
            pos[k] = str(v.tokPos[k]);
            pos2[k] = str(top2(v.tokPos[k]));
            shape[k] = CharClass.shape(v.tokSurface[k]);
        }
        int[] dictMask = new int[n];
        int[] dictPos = new int[n];
        if (config.dictionary()) dictionaryCover(v, dictMask, dictPos);
        int[] gazMask = new int[n];
        int[] gazPos = new int[n];
        if (config.gazetteer()) gazetteerCover(v, gazetteer, gazMask, gazPos);
        int[] start = new int[n + 1];
        FeatureBuffer f = new FeatureBuffer(n * 48);
        for (int i = 0; i < n; i++) {
            start[i] = f.size;
            int c = i + pad;
            if (fuseClass) classIndex[i] = FusedTemplates.classIndex(cls[c - 1], cls[c], cls[c + 1]);
            else f.add(1, 0);
            for (int k = -w; k <= w; k++) f.add(10 + k, ch[c + k]);
            for (int k = -2; k <= 1; k++) f.add(20 + k, ch[c + k] << 20 | ch[c + k + 1]);
            f.add(30, (ch[c - 1] << 20 | ch[c]) * 1000003 + ch[c + 1]);
            f.add(31, (ch[c - 2] << 20 | ch[c - 1]) * 1000003 + ch[c]);
            f.add(32, (ch[c] << 20 | ch[c + 1]) * 1000003 + ch[c + 2]);
            if (config.wideNgrams()) {
                f.add(33, ((ch[c - 2] << 20 | ch[c - 1]) * 1000003 + ch[c]) * 1000003 + ch[c + 1]);
                f.add(34, ((ch[c - 1] << 20 | ch[c]) * 1000003 + ch[c + 1]) * 1000003 + ch[c + 2]);
            }
            if (!fuseClass) {
                f.add(40, cls[c]);
                f.add(41, cls[c - 1] * 16 + cls[c]);
                f.add(42, cls[c] * 16 + cls[c + 1]);
            }
            f.add(43, (((cls[c - 2] * 16 + cls[c - 1]) * 16 + cls[c]) * 16 + cls[c + 1]) * 16 + cls[c + 2]);
            f.add(44, cls[c] * 0x10003L + ch[c - 1]);
            f.add(45, cls[c] * 0x10003L + ch[c + 1]);
            if (config.tokens()) tokenFeatures(v, i, f, surf, pos, pos2, shape, ch[c], fuseToken);
            if (config.wideNgrams() && config.tokens()) {
                int k = v.tokenOf[i];
                f.add(70, (k > 1 ? surf[k - 2] : 1) * 5 + (i == v.tokStart[k] ? 1 : 0));
                f.add(71, (k + 2 < m ? surf[k + 2] : 2) * 5 + (i == v.tokEnd[k] - 1 ? 1 : 0));
            }
            if (config.tokens()) {
                int k = v.tokenOf[i];
                int p = v.tokEnd[k] - v.tokStart[k] == 1 ? 0 : i == v.tokStart[k] ? 1 : i == v.tokEnd[k] - 1 ? 3 : 2;
                if (fuseToken) {
                    tokenIndex[i] = FusedTemplates.tokenIndex(v.tokUnknown[k], p, cls[c], v.tokEnd[k] - v.tokStart[k]);
                } else {
                    f.add(80, ((v.tokUnknown[k] ? 1 : 0) * 5 + p) * 16 + cls[c]);
                }
                f.add(81, dictMask[i] * 64L * 31 + dictPos[i] * 31 + pos2[k]);
            }
            if (config.dictionary() && dictMask[i] != 0) {
                for (NameType nt : NameType.values()) {
                    if ((dictMask[i] & nt.bit()) != 0) f.add(60, nt.ordinal() * 64 + dictPos[i]);
                }
                f.add(61, dictMask[i] * 64L + dictPos[i]);
            }
            if (gazMask[i] != 0) {
                for (NerClass nc : NerClass.values()) {
                    if ((gazMask[i] & (1 << nc.ordinal())) != 0) f.add(66, nc.ordinal() * 64 + gazPos[i]);
                }
                f.add(67, gazMask[i] * 64L + gazPos[i]);
            }
        }
        start[n] = f.size;
        return new FeatureRows(f.toArray(), start);
    }

    private static void tokenFeatures(CharView v, int i, FeatureBuffer f, long[] surf, long[] pos, long[] pos2,
            long[] shape, long c, boolean fused) {
        int k = v.tokenOf[i];
        int m = v.tokenCount();
        int s = v.tokStart[k];
        int e = v.tokEnd[k];
        int p = e - s == 1 ? 0 : i == s ? 1 : i == e - 1 ? 3 : 2;
        long prevSurf = k > 0 ? surf[k - 1] : 1;
        long nextSurf = k + 1 < m ? surf[k + 1] : 2;
        long prevPos = k > 0 ? pos[k - 1] : 1;
        long nextPos = k + 1 < m ? pos[k + 1] : 2;
        if (!fused) f.add(50, p);
        f.add(51, surf[k] * 5 + p);
        f.add(52, pos[k] * 5 + p);
        f.add(53, pos2[k] * 5 + p);
        f.add(54, prevSurf * 5 + p);
        f.add(55, nextSurf * 5 + p);
        f.add(56, prevPos * 5 + p);
        f.add(57, nextPos * 5 + p);
        f.add(58, shape[k] * 5 + p);
        f.add(59, (prevPos * 31 + pos[k]) * 31 + nextPos);
        f.add(62, c * 5 + p);
        if (!fused) f.add(63, Math.min(e - s, 8) * 5 + p);
        f.add(64, (pos2[k] * 31 + (k + 1 < m ? pos2[k + 1] : 2)) * 5 + p);
        f.add(65, ((k > 0 ? pos2[k - 1] : 1) * 31 + pos2[k]) * 5 + p);
    }

    /** Longest match starting at a position: its length (0 = none) and its type mask in {@code mask[0]}. */
    private interface Matcher {
        int lengthAt(int start, int limit, int[] mask);
    }

    private void dictionaryCover(CharView v, int[] mask, int[] position) {
        cover(v, (s, limit, m) -> {
            int idx = dictionary.longestIndexAt(v.text, s, limit);
            if (idx < 0) return 0;
            m[0] = dictionary.typeMask(idx);
            return dictionary.keyLength(idx);
        }, true, mask, position);
    }

    private static void gazetteerCover(CharView v, Gazetteer g, int[] mask, int[] position) {
        cover(v, (s, limit, m) -> g.longestAt(v.text, s, limit, m), false, mask, position);
    }

    /**
     * For each character, the type mask and B/I/E/S position (+ 8 when the match is aligned with
     * token boundaries, + 16 for dictionary matches of 3+ chars) of the longest match covering it.
     * Single-character dictionary matches count only when they are whole tokens.
     */
    private static void cover(CharView v, Matcher matcher, boolean lengthBucket, int[] mask, int[] position) {
        int n = v.length();
        int[] bestLen = new int[n];
        boolean[] tokenStart = new boolean[n + 1];
        boolean[] tokenEnd = new boolean[n + 1];
        for (int k = 0; k < v.tokenCount(); k++) {
            tokenStart[v.tokStart[k]] = true;
            tokenEnd[v.tokEnd[k]] = true;
        }
        int[] m = new int[1];
        for (int s = 0; s < n; s++) {
            int len = matcher.lengthAt(s, Math.min(n, s + MAX_DICT_LEN), m);
            if (len == 0) continue;
            boolean aligned = tokenStart[s] && tokenEnd[s + len];
            if (len == 1 && !aligned) continue;
            for (int i = s; i < s + len; i++) {
                if (len > bestLen[i]) {
                    bestLen[i] = len;
                    mask[i] = m[0];
                    int p = len == 1 ? 0 : i == s ? 1 : i == s + len - 1 ? 3 : 2;
                    position[i] = p + (aligned ? 8 : 0) + (lengthBucket && len >= 3 ? 16 : 0);
                }
            }
        }
    }

    private static String top2(String pos) {
        int a = pos.indexOf('-');
        if (a < 0) return pos;
        int b = pos.indexOf('-', a + 1);
        return b < 0 ? pos : pos.substring(0, b);
    }

    /** The non-zero hash of feature {@code template} with {@code value}: the key of its weight row. */
    static int hash(int template, long value) {
        long x = value * 0x9E3779B97F4A7C15L + template * 0xC2B2AE3D27D4EB4FL;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        int h = (int) x;
        return h == 0 ? 1 : h;
    }

    static long str(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        return h;
    }

    /** Growable buffer of the feature hashes of a sentence. */
    private static final class FeatureBuffer {
        private int[] data;
        private int size;

        FeatureBuffer(int capacity) {
            data = new int[Math.max(16, capacity)];
        }

        void add(int template, long value) {
            if (size == data.length) data = java.util.Arrays.copyOf(data, size * 2);
            data[size++] = hash(template, value);
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
