package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import dev.kiji.doc.Token;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the Japanese NER model on the train part of the Stockmark data and writes
 * {@code outDir/ner-ja.model.gz}. Settings were chosen on the dev part (see models/README.md).
 */
public final class NerTrainer {

    /** The learning algorithm for the tagger weights (the model format is the same). */
    public enum Algorithm {
        /** Averaged structured perceptron ({@link PerceptronTrainer}). */
        PERCEPTRON,
        /** Linear-chain CRF, AdaGrad with L1 ({@link CrfTrainer}). */
        CRF
    }

    /** All training settings; {@code eta} and {@code l1} (see {@link CrfTrainer.Params}) are used by the CRF only. */
    public record Settings(FeatureConfig features, int epochs, int minCount, int ensemble, Algorithm algorithm,
            double eta, double l1, Augmentation augmentation) {
        public Settings(FeatureConfig features, int epochs, int minCount, int ensemble) {
            this(features, epochs, minCount, ensemble, Algorithm.PERCEPTRON, 0, 0, Augmentation.NONE);
        }

        public Settings(FeatureConfig features, int epochs, int minCount, int ensemble, Algorithm algorithm,
                double eta, double l1) {
            this(features, epochs, minCount, ensemble, algorithm, eta, l1, Augmentation.NONE);
        }

        /** The same settings with {@code a} as the augmentation. */
        public Settings withAugmentation(Augmentation a) {
            return new Settings(features, epochs, minCount, ensemble, algorithm, eta, l1, a);
        }

        /** The same settings for a tagger without span typer. */
        public Settings withoutTyper() {
            FeatureConfig c = features;
            return new Settings(new FeatureConfig(c.window(), c.tokens(), c.dictionary(), c.wideNgrams(), c.gazetteer(),
                    false), epochs, minCount, ensemble, algorithm, eta, l1, augmentation);
        }

        /** The shipped model's settings. */
        public static Settings defaults() {
            return defaults(DEFAULT_ALGORITHM);
        }

        /** The settings chosen on dev for {@code algorithm}. */
        public static Settings defaults(Algorithm algorithm) {
            return algorithm == Algorithm.CRF
                    ? new Settings(FeatureConfig.defaults(), CRF_EPOCHS, 1, 1, algorithm, CRF_ETA, CRF_L1)
                    : new Settings(FeatureConfig.defaults(), 16, 1, 1);
        }
    }

    /** The algorithm of the shipped model (chosen on dev, mean over seeds 42-44; models/README.md). */
    public static final Algorithm DEFAULT_ALGORITHM = Algorithm.CRF;
    static final int CRF_EPOCHS = 20;
    static final double CRF_ETA = 0.05;
    static final double CRF_L1 = 1.0;

    private NerTrainer() {
    }

    /** {@code NerTrainer DATA SPLIT OUT_DIR [SEED]} (seed 42 by default). */
    public static void main(String[] a) throws IOException {
        train(Path.of(a[0]), Path.of(a[1]), Path.of(a[2]), a.length > 3 ? Long.parseLong(a[3]) : 42L, System.out);
    }

    /** CLI entry: {@code kiji ner train DATA SPLIT -o OUT_DIR --seed N}. */
    public static void train(Path data, Path split, Path outDir, long seed, PrintStream log) throws IOException {
        train(data, split, outDir, seed, Settings.defaults(), NameDictionary.loadDefault(), null, log);
    }

    /** CLI entry with an explicit algorithm (its dev-chosen settings). */
    public static void train(Path data, Path split, Path outDir, long seed, Algorithm algorithm, PrintStream log)
            throws IOException {
        train(data, split, outDir, seed, Settings.defaults(algorithm), NameDictionary.loadDefault(), null, log);
    }

    /**
     * Trains with explicit settings; when {@code devEvaluation} is non-null the model of every epoch
     * (without the span typer) is scored on the dev part (for choosing settings; never pass test here).
     */
    public static NerTagger train(Path data, Path split, Path outDir, long seed, Settings settings,
            NameDictionary dict, List<StockmarkCorpus.Sample> devEvaluation, PrintStream log) throws IOException {
        long t0 = System.nanoTime();
        List<StockmarkCorpus.Sample> train = StockmarkCorpus.load(data, split, "train");
        Augmentation aug = settings.augmentation();
        List<StockmarkCorpus.Sample> augmented = aug.copies() == 0 ? train
                : new MentionReplacer(NamePools.withDefaultSources(train), aug).augment(train, seed);
        NerModel model = trainTagger(augmented, seed, settings, dict, devEvaluation, log);
        if (settings.features().spanTyper()) {
            long t1 = System.nanoTime();
            SpanTyper typer = TyperTraining.train(aug.typer() ? augmented : train, TyperTraining.Settings.defaults(),
                    dict, seed);
            log.printf("span typer: %d weight rows in %.1f s%n", typer.size(), (System.nanoTime() - t1) / 1e9);
            model = model.withTyper(typer);
        }
        NerTagger tagger = new NerTagger(model, dict);
        if (outDir != null) tagger.save(outDir);
        log.printf("trained %d epochs: %d features, %d weights in %.1f s, peak heap %d MB%n", settings.epochs(),
                model.featureCount(), model.weightCount(), (System.nanoTime() - t0) / 1e9, peakHeapMb());
        return tagger;
    }

    /** The character tagger alone (no span typer) trained on {@code train}. */
    static NerModel trainTagger(List<StockmarkCorpus.Sample> train, long seed, Settings settings, NameDictionary dict,
            List<StockmarkCorpus.Sample> devEvaluation, PrintStream log) {
        long t0 = System.nanoTime();
        FeatureExtractor fx = new FeatureExtractor(settings.features(), settings.features().dictionary() ? dict : null);
        Gazetteer full = gazetteer(train, -1);
        List<PerceptronTrainer.Example> examples = examples(train, fx, settings.features().gazetteer(),
                DictionaryDropout.of(settings, dict, seed));
        log.printf("train: %d sentences, %d sequences, features extracted in %.1f s%n", train.size(), examples.size(),
                (System.nanoTime() - t0) / 1e9);
        PerceptronTrainer.EpochListener listener = devEvaluation == null ? null : (epoch, snapshot) -> {
            NerTagger tagger = new NerTagger(snapshot.get(), dict);
            EvalResult r = NerEvaluator.evaluate(devEvaluation, tagger);
            log.printf("epoch %d dev P %.4f R %.4f F1 %.4f%n", epoch, r.precision(), r.recall(), r.f1());
        };
        List<NerModel> members = new ArrayList<>();
        Gazetteer gaz = settings.features().gazetteer() ? full : Gazetteer.EMPTY;
        for (int k = 0; k < settings.ensemble(); k++) {
            members.add(settings.algorithm() == Algorithm.CRF
                    ? CrfTrainer.train(examples, settings.features(), gaz, new CrfTrainer.Params(settings.epochs(),
                            settings.eta(), settings.l1(), settings.minCount(), seed + k), listener)
                    : PerceptronTrainer.train(examples, settings.features(), gaz, new PerceptronTrainer.Params(
                            settings.epochs(), settings.minCount(), seed + k), listener));
        }
        return members.size() == 1 ? members.get(0) : NerModel.average(members);
    }

    /**
     * Training sequences (one per sentence run) with BIOES gold labels on NFKC characters. With
     * {@code jackknife}, the gazetteer features of a sentence come from the names of the other
     * {@value #FOLDS} folds only, so their weights reflect how reliable the gazetteer is on unseen text.
     */
    static List<PerceptronTrainer.Example> examples(List<StockmarkCorpus.Sample> samples, FeatureExtractor fx,
            boolean jackknife) {
        return examples(samples, fx, jackknife, null);
    }

    /** The examples with ENAMDICT features hidden on some gold mentions by {@code dropout} (null: none). */
    static List<PerceptronTrainer.Example> examples(List<StockmarkCorpus.Sample> samples, FeatureExtractor fx,
            boolean jackknife, DictionaryDropout dropout) {
        Gazetteer[] folds = new Gazetteer[FOLDS];
        for (int f = 0; f < FOLDS; f++) folds[f] = jackknife ? gazetteer(samples, f) : Gazetteer.EMPTY;
        List<PerceptronTrainer.Example> out = new ArrayList<>();
        for (StockmarkCorpus.Sample s : samples) {
            Gazetteer gaz = folds[fold(s)];
            List<Token> tokens = NerTagger.tokenizeNormalized(s.text());
            for (List<Token> run : Sentences.split(tokens)) {
                CharView v = CharView.of(s.text(), run);
                int[] gold = goldLabels(v, s.gold());
                int[][] x = fx.extract(v, gaz);
                if (dropout != null) dropout.apply(v, gaz, gold, x);
                out.add(new PerceptronTrainer.Example(x, gold, glued(v.text, gold), onlyO(v.text, gold)));
            }
        }
        return out;
    }

    static final int FOLDS = 5;

    /** The tagger's no-boundary positions ({@link NerTagger#glued}) except where the gold labels have a boundary. */
    static boolean[] glued(String text, int[] gold) {
        boolean[] g = NerTagger.glued(text);
        for (int i = 1; i < g.length; i++) g[i] &= Bio.noBoundary(gold[i - 1], gold[i]);
        return g;
    }

    /** Positions the tagger forces to O ({@link NerTagger#blockWhitespace}) where the gold label is O too. */
    static boolean[] onlyO(String text, int[] gold) {
        float[][] probe = new float[text.length()][2];
        NerTagger.blockWhitespace(text, probe);
        boolean[] o = new boolean[text.length()];
        for (int i = 0; i < o.length; i++) o[i] = probe[i][1] < 0 && gold[i] == 0;
        return o;
    }

    static int fold(StockmarkCorpus.Sample s) {
        return Math.floorMod(s.index() * 0x9E3779B9, FOLDS);
    }

    /** Names annotated in {@code samples} outside fold {@code excluded} (-1: all). */
    static Gazetteer gazetteer(List<StockmarkCorpus.Sample> samples, int excluded) {
        Gazetteer.Builder b = new Gazetteer.Builder();
        for (StockmarkCorpus.Sample s : samples) {
            if (fold(s) == excluded) continue;
            for (Span g : s.gold()) b.add(s.text().substring(g.start(), g.end()), g.type());
        }
        return b.build();
    }

    /** BIO labels for the view's characters from gold spans in original offsets. */
    static int[] goldLabels(CharView v, List<Span> gold) {
        int n = v.length();
        List<Span> local = new ArrayList<>();
        for (Span g : gold) {
            int a = -1;
            int b = -1;
            for (int i = 0; i < n; i++) {
                if (a < 0 && v.origStart[i] >= g.start() && v.origEnd[i] <= g.end()) a = i;
                if (v.origStart[i] >= g.start() && v.origEnd[i] <= g.end()) b = i + 1;
            }
            if (a >= 0 && b > a) local.add(new Span(a, b, g.type()));
        }
        return Bio.encode(n, local);
    }

    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum >> 20;
    }
}
