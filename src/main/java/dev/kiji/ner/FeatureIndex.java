package dev.kiji.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dense ids for the feature hashes of a training set: every hash seen at least {@code minCount}
 * times gets an id in order of first occurrence, and each example's features are rewritten as ids.
 * Shared by the trainers so they index weights identically. Deterministic.
 */
final class FeatureIndex {
    /** Feature hash of every id. */
    final int[] keys;
    /** Per example, per position: the ids of the position's kept features. */
    final List<int[][]> mapped;

    private FeatureIndex(int[] keys, List<int[][]> mapped) {
        this.keys = keys;
        this.mapped = mapped;
    }

    static FeatureIndex of(List<PerceptronTrainer.Example> examples, int minCount) {
        IntIntMap counts = new IntIntMap(1 << 20);
        int[] cnt = new int[1 << 20];
        for (PerceptronTrainer.Example e : examples) {
            for (int[] fs : e.features()) {
                for (int h : fs) {
                    int id = counts.getOrAdd(h);
                    if (id >= cnt.length) cnt = Arrays.copyOf(cnt, cnt.length * 2);
                    cnt[id]++;
                }
            }
        }
        IntIntMap ids = new IntIntMap(counts.size());
        List<int[][]> mapped = new ArrayList<>();
        PerceptronTrainer.IntList keys = new PerceptronTrainer.IntList();
        for (PerceptronTrainer.Example e : examples) {
            int[][] m = new int[e.features().length][];
            for (int i = 0; i < m.length; i++) {
                PerceptronTrainer.IntList row = new PerceptronTrainer.IntList();
                for (int h : e.features()[i]) {
                    if (cnt[counts.get(h)] < minCount) continue;
                    int before = ids.size();
                    int id = ids.getOrAdd(h);
                    if (ids.size() > before) keys.add(h);
                    row.add(id);
                }
                m[i] = row.toArray();
            }
            mapped.add(m);
        }
        return new FeatureIndex(keys.toArray(), mapped);
    }

    int size() {
        return keys.length;
    }

    /** Weight of feature id {@code f} for label {@code b}. */
    interface Weights {
        float get(int f, int b);
    }

    /**
     * The model holding, for every feature, the labels whose weight exceeds {@code threshold} in
     * magnitude (features with no such label are left out).
     */
    NerModel toModel(Weights w, float threshold, int l, float[] trans, FeatureConfig config, Gazetteer gazetteer) {
        PerceptronTrainer.IntList fk = new PerceptronTrainer.IntList();
        PerceptronTrainer.IntList rs = new PerceptronTrainer.IntList();
        PerceptronTrainer.IntList lab = new PerceptronTrainer.IntList();
        float[] wts = new float[1024];
        for (int f = 0; f < keys.length; f++) {
            int start = lab.size;
            for (int b = 0; b < l; b++) {
                float a = w.get(f, b);
                if (Math.abs(a) > threshold) {
                    if (lab.size == wts.length) wts = Arrays.copyOf(wts, wts.length * 2);
                    wts[lab.size] = a;
                    lab.add(b);
                }
            }
            if (lab.size > start) {
                fk.add(keys[f]);
                rs.add(start);
            }
        }
        rs.add(lab.size);
        byte[] labels = new byte[lab.size];
        for (int i = 0; i < labels.length; i++) labels[i] = (byte) lab.data[i];
        return new NerModel(config, l, fk.toArray(), rs.toArray(), labels, Arrays.copyOf(wts, lab.size), trans, gazetteer,
                null);
    }
}
