package dev.kiji.lang.ja;

import dev.kiji.doc.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One sense per article: once a name is recognised somewhere (ジョー・バイデン大統領), its other
 * occurrences are too (バイデンは…), including the family name alone, which is the last part of a
 * joined katakana name. Only whole-token matches of at least two characters outside existing
 * chunks count, and never inside a longer katakana word.
 */
final class DiscoursePropagation {
    private static final int MAX_TOKENS = 4;

    private DiscoursePropagation() {
    }

    static List<Chunk> propagate(List<JaToken> t, List<Chunk> found) {
        Map<String, Chunk> known = new HashMap<>();
        for (Chunk c : found) {
            known.putIfAbsent(JaToken.join(t, c.from(), c.to()), c);
            if (c.type() == EntityType.PERSON) {
                int last = c.from();
                for (int k = c.from(); k < c.to(); k++) {
                    if (t.get(k).isNameJoiner()) {
                        last = k + 1;
                    }
                }
                if (last > c.from() && t.get(last).isKatakanaNoun()) {
                    known.putIfAbsent(JaToken.join(t, last, c.to()), c);
                }
            }
        }
        boolean[] taken = new boolean[t.size()];
        found.forEach(c -> java.util.Arrays.fill(taken, c.from(), c.to(), true));
        List<Chunk> out = new ArrayList<>(found);
        int i = 0;
        while (i < t.size()) {
            int len = match(t, taken, known, i);
            if (len == 0) {
                i++;
                continue;
            }
            Chunk k = known.get(JaToken.join(t, i, i + len));
            out.add(new Chunk(i, i + len, k.type(), k.subtype()));
            i += len;
        }
        out.sort(Comparator.comparingInt(Chunk::from));
        return out;
    }

    /** Length in tokens of the longest known name starting at {@code i}, or 0. */
    private static int match(List<JaToken> t, boolean[] taken, Map<String, Chunk> known, int i) {
        if (taken[i] || i > 0 && isKatakanaJoin(t, i - 1, i)) {
            return 0;
        }
        StringBuilder sb = new StringBuilder();
        int best = 0;
        for (int j = i; j < t.size() && j < i + MAX_TOKENS && !taken[j]; j++) {
            if (j > i && t.get(j).start() != t.get(j - 1).end()) {
                break;
            }
            sb.append(t.get(j).form());
            boolean closed = j + 1 >= t.size() || !isKatakanaJoin(t, j, j + 1);
            if (sb.length() >= 2 && closed && known.containsKey(sb.toString())) {
                best = j - i + 1;
            }
        }
        return best;
    }

    private static boolean isKatakanaJoin(List<JaToken> t, int a, int b) {
        return JaToken.continuesKatakana(t.get(a), t.get(b));
    }
}
