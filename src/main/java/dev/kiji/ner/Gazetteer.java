package dev.kiji.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names seen as entities in the training data with the classes they were annotated with (bit
 * {@code 1 << NerClass.ordinal()}); longest-match lookups are pruned by a prefix set.
 */
final class Gazetteer {
    static final Gazetteer EMPTY = new Gazetteer(Map.of());
    private final Map<String, Integer> masks;
    private final Set<String> prefixes = new HashSet<>();

    Gazetteer(Map<String, Integer> masks) {
        this.masks = new HashMap<>(masks);
        for (String k : masks.keySet()) {
            for (int i = 1; i < k.length(); i++) prefixes.add(k.substring(0, i));
        }
    }

    int size() {
        return masks.size();
    }

    /** Length of the longest name starting at {@code s} and ending by {@code limit}, or 0; mask in {@code maskOut[0]}. */
    int longestAt(String text, int s, int limit, int[] maskOut) {
        int best = 0;
        for (int e = s + 1; e <= limit; e++) {
            String sub = text.substring(s, e);
            Integer m = masks.get(sub);
            if (m != null) {
                best = e - s;
                maskOut[0] = m;
            }
            if (!prefixes.contains(sub)) break;
        }
        return best;
    }

    void write(DataOutputStream out) throws IOException {
        TreeMap<String, Integer> sorted = new TreeMap<>(masks);
        out.writeInt(sorted.size());
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeShort(e.getValue());
        }
    }

    static Gazetteer read(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, Integer> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) m.put(in.readUTF(), (int) in.readShort());
        return new Gazetteer(m);
    }

    /** Builder collecting annotated names. */
    static final class Builder {
        private final Map<String, Integer> masks = new HashMap<>();

        void add(String name, NerClass c) {
            String k = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
            if (k.length() >= 2) masks.merge(k, 1 << c.ordinal(), (a, b) -> a | b);
        }

        Gazetteer build() {
            return new Gazetteer(masks);
        }
    }
}
