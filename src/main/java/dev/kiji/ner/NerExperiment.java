package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import java.nio.file.Path;
import java.util.List;

/**
 * Dev-set experiments for choosing settings: {@code NerExperiment DATA SPLIT window tokens(0/1)
 * dict(0/1) wide(0/1) epochs minCount gazetteer(0/1) [OUT_DIR]}; prints dev F1 (after every epoch
 * with {@code -Dner.perEpoch=true}). System properties: {@code ner.seed} (42), {@code ner.trainer}
 * (perceptron|crf), {@code ner.eta}, {@code ner.l1} (CRF), {@code ner.aug.*} ({@link Augmentation#fromSystemProperties}).
 */
public final class NerExperiment {
    private NerExperiment() {
    }

    public static void main(String[] a) throws Exception {
        Path data = Path.of(a[0]);
        Path split = Path.of(a[1]);
        FeatureConfig fc = new FeatureConfig(Integer.parseInt(a[2]), a[3].equals("1"), a[4].equals("1"),
                a[5].equals("1"), a[8].equals("1"),
                !Boolean.getBoolean("ner.noTyper"));
        NerTrainer.Algorithm algorithm = NerTrainer.Algorithm.valueOf(
                System.getProperty("ner.trainer", NerTrainer.DEFAULT_ALGORITHM.name()).toUpperCase(java.util.Locale.ROOT));
        NerTrainer.Settings s = new NerTrainer.Settings(fc, Integer.parseInt(a[6]), Integer.parseInt(a[7]),
                Integer.getInteger("ner.ensemble", 1), algorithm,
                Double.parseDouble(System.getProperty("ner.eta", String.valueOf(NerTrainer.CRF_ETA))),
                Double.parseDouble(System.getProperty("ner.l1", String.valueOf(NerTrainer.CRF_L1))),
                Augmentation.fromSystemProperties());
        List<StockmarkCorpus.Sample> dev = StockmarkCorpus.load(data, split, "dev");
        NameDictionary dict = fc.dictionary() ? NameDictionary.loadDefault() : null;
        System.out.println("settings " + s);
        NerTagger t = NerTrainer.train(data, split, a.length > 9 ? Path.of(a[9]) : null,
                Long.getLong("ner.seed", 42L), s, dict,
                Boolean.getBoolean("ner.perEpoch") ? dev : null,
                System.out);
        System.out.print(NerEvaluator.evaluate(dev, t).toText().lines().limit(1).findFirst().orElse("") + "\n");
        System.out.println(unseenRecall(StockmarkCorpus.load(data, split, "train"), dev, t));
    }

    /** Recall on the dev mentions whose string is no train mention (the main loss: unseen names). */
    static String unseenRecall(List<StockmarkCorpus.Sample> train, List<StockmarkCorpus.Sample> dev, NerTagger t) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (StockmarkCorpus.Sample s : train) {
            for (Span g : s.gold()) seen.add(s.text().substring(g.start(), g.end()));
        }
        int[] n = new int[4];
        for (StockmarkCorpus.Sample s : dev) {
            java.util.Set<Span> found = new java.util.HashSet<>(t.tagText(s.text()));
            for (Span g : s.gold()) {
                int k = seen.contains(s.text().substring(g.start(), g.end())) ? 0 : 2;
                n[k]++;
                if (found.contains(g)) n[k + 1]++;
            }
        }
        return String.format("recall seen %d/%d = %.4f, unseen %d/%d = %.4f", n[1], n[0], n[1] / (double) n[0], n[3], n[2],
                n[3] / (double) n[2]);
    }
}
