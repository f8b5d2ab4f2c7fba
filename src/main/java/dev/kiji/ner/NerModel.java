package dev.kiji.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Linear-chain model: sparse per-feature weight rows (feature hash → (label, weight) pairs) and a
 * label transition matrix. Immutable and thread-safe.
 */
final class NerModel {
    static final int MAGIC = 0x4B4E4552; // "KNER"
    static final int VERSION = 2;

    final FeatureConfig config;
    final int numLabels;
    private final IntIntMap index;
    private final int[] rowStart;
    private final byte[] rowLabel;
    private final float[] rowWeight;
    final float[] trans;
    final Gazetteer gazetteer;

    NerModel(FeatureConfig config, int numLabels, int[] keys, int[] rowStart, byte[] rowLabel, float[] rowWeight,
            float[] trans, Gazetteer gazetteer) {
        this.config = config;
        this.gazetteer = gazetteer;
        this.numLabels = numLabels;
        this.rowStart = rowStart;
        this.rowLabel = rowLabel;
        this.rowWeight = rowWeight;
        this.trans = trans;
        this.index = new IntIntMap(keys.length);
        for (int i = 0; i < keys.length; i++) index.put(keys[i], i);
        this.keys = keys;
    }

    private final int[] keys;

    int featureCount() {
        return keys.length;
    }

    int weightCount() {
        return rowWeight.length;
    }

    float[][] emissions(int[][] feats) {
        float[][] em = new float[feats.length][numLabels];
        for (int i = 0; i < feats.length; i++) {
            float[] row = em[i];
            for (int h : feats[i]) {
                int f = index.get(h);
                if (f < 0) continue;
                for (int j = rowStart[f]; j < rowStart[f + 1]; j++) row[rowLabel[j]] += rowWeight[j];
            }
        }
        return em;
    }

    int[] decode(int[][] feats) {
        return Viterbi.decode(emissions(feats), trans, numLabels);
    }

    void save(OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16)));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(config.window());
        out.writeInt(config.flags());
        out.writeInt(numLabels);
        for (float t : trans) out.writeFloat(t);
        gazetteer.write(out);
        out.writeInt(keys.length);
        out.writeInt(rowWeight.length);
        for (int i = 0; i < keys.length; i++) {
            out.writeInt(keys[i]);
            out.writeByte(rowStart[i + 1] - rowStart[i]);
            for (int j = rowStart[i]; j < rowStart[i + 1]; j++) {
                out.writeByte(rowLabel[j]);
                out.writeFloat(rowWeight[j]);
            }
        }
        out.flush();
        out.close();
    }

    static NerModel load(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC) throw new IOException("not a kiji NER model");
        int version = in.readInt();
        if (version != VERSION) throw new IOException("unsupported NER model version " + version);
        FeatureConfig config = FeatureConfig.of(in.readInt(), in.readInt());
        int l = in.readInt();
        float[] trans = new float[(l + 1) * l];
        for (int i = 0; i < trans.length; i++) trans[i] = in.readFloat();
        Gazetteer gazetteer = Gazetteer.read(in);
        int nf = in.readInt();
        int nw = in.readInt();
        int[] keys = new int[nf];
        int[] rowStart = new int[nf + 1];
        byte[] label = new byte[nw];
        float[] weight = new float[nw];
        int j = 0;
        for (int i = 0; i < nf; i++) {
            keys[i] = in.readInt();
            int cnt = in.readUnsignedByte();
            rowStart[i] = j;
            for (int k = 0; k < cnt; k++) {
                label[j] = in.readByte();
                weight[j] = in.readFloat();
                j++;
            }
        }
        rowStart[nf] = j;
        if (j != nw) throw new IOException("corrupt NER model: " + j + " weights, expected " + nw);
        return new NerModel(config, l, keys, rowStart, label, weight, trans, gazetteer);
    }
}
