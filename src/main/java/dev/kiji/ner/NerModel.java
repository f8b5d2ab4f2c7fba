package dev.kiji.ner;

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
    /** 4: span typer block with its own format, feature groups and margin ({@link SpanTyper#write}); 3 still loads. */
    static final int VERSION = 4;

    final FeatureConfig config;
    final int numLabels;
    private final int[] keys;
    private final WeightTable table;
    /** The tabulated template groups tagging adds instead of their separate rows. */
    private final FusedTemplates fused;
    private final int[] rowStart;
    private final byte[] rowLabel;
    private final float[] rowWeight;
    final float[] trans;
    /** {@link #trans} laid out for decoding. */
    final Viterbi.Prepared prepared;
    final Gazetteer gazetteer;
    /** Span re-typer, or {@code null} when the config does not use one. */
    final SpanTyper typer;

    NerModel(FeatureConfig config, int numLabels, int[] keys, int[] rowStart, byte[] rowLabel, float[] rowWeight,
            float[] trans, Gazetteer gazetteer, SpanTyper typer) {
        this.config = config;
        this.typer = typer;
        this.gazetteer = gazetteer;
        this.numLabels = numLabels;
        this.rowStart = rowStart;
        this.rowLabel = rowLabel;
        this.rowWeight = rowWeight;
        this.trans = trans;
        this.prepared = new Viterbi.Prepared(trans, numLabels);
        this.table = new WeightTable(numLabels, keys, rowStart, rowLabel, rowWeight);
        this.fused = new FusedTemplates(table, numLabels, config.tokens());
        this.keys = keys;
    }

    NerModel withTyper(SpanTyper t) {
        return new NerModel(config, numLabels, keys, rowStart, rowLabel, rowWeight, trans, gazetteer, t);
    }

    int featureCount() {
        return keys.length;
    }

    int weightCount() {
        return rowWeight.length;
    }

    float[][] emissions(FeatureRows feats) {
        return table.emissions(feats);
    }

    /** Emissions of features extracted with {@link FeatureExtractor#extractFused}: the same sums up to float rounding. */
    float[][] emissions(FeatureExtractor.Fused feats) {
        int n = feats.classIndex().length;
        float[][] em = new float[n][];
        for (int c = 0; c < n; c++) {
            em[c] = fused.classRow(feats.classIndex()[c]).clone();
            if (feats.tokenIndex() != null) {
                float[] t = fused.tokenRow(feats.tokenIndex()[c]);
                float[] row = em[c];
                for (int b = 0; b < numLabels; b++) row[b] += t[b];
            }
        }
        return table.addTo(em, feats.rest());
    }

    /** The model whose weights are the mean of {@code models} (same config and gazetteer as the first). */
    static NerModel average(java.util.List<NerModel> models) {
        java.util.TreeMap<Integer, float[]> rows = new java.util.TreeMap<>();
        NerModel first = models.get(0);
        int l = first.numLabels;
        float[] trans = new float[first.trans.length];
        for (NerModel m : models) {
            for (int f = 0; f < m.keys.length; f++) {
                float[] row = rows.computeIfAbsent(m.keys[f], k -> new float[l]);
                for (int j = m.rowStart[f]; j < m.rowStart[f + 1]; j++) row[m.rowLabel[j]] += m.rowWeight[j] / models.size();
            }
            for (int i = 0; i < trans.length; i++) trans[i] += m.trans[i] / models.size();
        }
        int[] keys = new int[rows.size()];
        int[] rowStart = new int[rows.size() + 1];
        int nw = 0;
        for (float[] r : rows.values()) {
            for (float w : r) nw += w != 0 ? 1 : 0;
        }
        byte[] label = new byte[nw];
        float[] weight = new float[nw];
        int f = 0;
        int j = 0;
        for (java.util.Map.Entry<Integer, float[]> e : rows.entrySet()) {
            keys[f] = e.getKey();
            rowStart[f] = j;
            for (int b = 0; b < l; b++) {
                if (e.getValue()[b] != 0) {
                    label[j] = (byte) b;
                    weight[j++] = e.getValue()[b];
                }
            }
            f++;
        }
        rowStart[f] = j;
        return new NerModel(first.config, l, keys, rowStart, label, weight, trans, first.gazetteer, first.typer);
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
        if (config.spanTyper()) java.util.Objects.requireNonNull(typer, "model config needs a span typer").write(out);
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
        byte[] bytes = new GZIPInputStream(raw, 1 << 16).readAllBytes();
        java.io.ByteArrayInputStream head = new java.io.ByteArrayInputStream(bytes);
        DataInputStream in = new DataInputStream(head);
        if (in.readInt() != MAGIC) throw new IOException("not a kiji NER model");
        int version = in.readInt();
        if (version != VERSION && version != 3) throw new IOException("unsupported NER model version " + version);
        FeatureConfig config = FeatureConfig.of(in.readInt(), in.readInt());
        int l = in.readInt();
        float[] trans = new float[(l + 1) * l];
        for (int i = 0; i < trans.length; i++) trans[i] = in.readFloat();
        Gazetteer gazetteer = Gazetteer.read(in);
        SpanTyper typer = config.spanTyper() ? SpanTyper.read(in, version == 3) : null;
        // the weight rows, most of the file, are decoded straight from the array
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes, bytes.length - head.available(), head.available());
        try {
            int nf = b.getInt();
            int nw = b.getInt();
            int[] keys = new int[nf];
            int[] rowStart = new int[nf + 1];
            byte[] label = new byte[nw];
            float[] weight = new float[nw];
            int j = 0;
            for (int i = 0; i < nf; i++) {
                keys[i] = b.getInt();
                int cnt = b.get() & 0xff;
                rowStart[i] = j;
                if (j + cnt > nw) throw new IOException("corrupt NER model: more than " + nw + " weights");
                for (int k = 0; k < cnt; k++) {
                    label[j] = b.get();
                    weight[j] = b.getFloat();
                    j++;
                }
            }
            rowStart[nf] = j;
            if (j != nw) throw new IOException("corrupt NER model: " + j + " weights, expected " + nw);
            return new NerModel(config, l, keys, rowStart, label, weight, trans, gazetteer, typer);
        } catch (java.nio.BufferUnderflowException | NegativeArraySizeException e) {
            throw new IOException("corrupt NER model: truncated", e);
        }
    }
}
