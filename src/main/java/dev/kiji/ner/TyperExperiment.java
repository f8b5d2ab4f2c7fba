package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Dev experiments on the span typer alone over a fixed character tagger, so one setting takes
 * seconds: {@code TyperExperiment DATA SPLIT FOLDS_DIR SETTINGS...} (see {@link #parse}). The tagger
 * is {@code -Dtyper.model=DIR} (default: the shipped model). Prints dev F1 without typer, with an
 * oracle typer (gold class wherever the boundaries are right) and for each setting at the margins
 * {@code -Dtyper.margins}, with how many spans the typer fixed and broke.
 * {@code -Dtyper.aug=COPIES,P,EXT} trains the typers on mention-replaced copies too. With {@code -Dtyper.cv=true}
 * also a five-fold cross-validation on train over the spans of jackknife taggers (trained once
 * without each fold, default settings, into FOLDS_DIR and reused). Never scores test.
 */
public final class TyperExperiment {
    private TyperExperiment() {
    }

    public static void main(String[] a) throws IOException {
        Path data = Path.of(a[0]);
        Path split = Path.of(a[1]);
        long seed = Long.getLong("typer.seed", 42L);
        NameDictionary dict = NameDictionary.loadDefault();
        String modelDir = System.getProperty("typer.model");
        NerTagger full = modelDir == null ? NerTagger.loadDefault() : NerTagger.load(Path.of(modelDir), dict);
        List<StockmarkCorpus.Sample> train = StockmarkCorpus.load(data, split, "train");
        List<StockmarkCorpus.Sample> dev = StockmarkCorpus.load(data, split, "dev");
        List<List<TyperData.Sentence>> devSents = new ArrayList<>();
        for (StockmarkCorpus.Sample s : dev) devSents.add(TyperData.decode(List.of(s), k -> full));
        List<TyperData.Sentence> jack = null;
        if (Boolean.getBoolean("typer.cv")) {
            NerTagger[] folds = new NerTagger[NerTrainer.FOLDS];
            for (int k = 0; k < folds.length; k++) folds[k] = foldTagger(Path.of(a[2]), k, train, seed, dict);
            jack = TyperData.decode(train, k -> folds[k]);
        }
        System.out.printf("dev, no typer: %.4f%n", score(full, dev, devSents, null).f1());
        System.out.printf("dev, oracle typer: %.4f%n", score(full, dev, devSents, s -> oracle(s)).f1());
        float[] margins = parseFloats(System.getProperty("typer.margins", "0,0.5,1,1.5,2,3"));
        long[] seeds = java.util.Arrays.stream(System.getProperty("typer.seeds", String.valueOf(seed)).split(","))
                .mapToLong(Long::parseLong).toArray();
        for (int i = 3; i < a.length; i++) {
            TyperTraining.Settings ts = parse(a[i]);
            double[] mean = new double[margins.length];
            for (long sd : seeds) {
                long t0 = System.nanoTime();
                SpanTyper typer = TyperTraining.train(typerTrain(train, sd), ts, dict, sd);
                StringBuilder sb = new StringBuilder(String.format("%s seed %d (%d rows, %.1f s):", a[i], sd,
                        typer.size(), (System.nanoTime() - t0) / 1e9));
                EvalResult best = null;
                float bestMargin = 0;
                for (int j = 0; j < margins.length; j++) {
                    SpanTyper t = typer.withMargin(margins[j]);
                    EvalResult r = score(full, dev, devSents, s -> t.retype(s.decoded().view(), s.decoded().spans()));
                    sb.append(String.format(" m%.1f=%.4f", margins[j], r.f1()));
                    mean[j] += r.f1() / seeds.length;
                    if (best == null || r.f1() > best.f1()) {
                        best = r;
                        bestMargin = margins[j];
                    }
                }
                System.out.println(sb);
                System.out.println("  " + accuracy(devSents, typer.withMargin(bestMargin)));
                if (jack != null) System.out.println("  " + crossValidate(train, jack, ts, dict, sd, margins));
                if (Boolean.getBoolean("typer.detail")) System.out.print(best.toText());
            }
            StringBuilder sb = new StringBuilder(String.format("MEAN %s over %d seeds:", a[i], seeds.length));
            for (int j = 0; j < margins.length; j++) sb.append(String.format(" m%.1f=%.4f", margins[j], mean[j]));
            System.out.println(sb);
        }
    }

    /**
     * The typer's training sentences: {@code train}, with {@code -Dtyper.aug=COPIES,P,EXT} also
     * mention-replaced copies ({@link MentionReplacer}) of seed {@code seed}.
     */
    static List<StockmarkCorpus.Sample> typerTrain(List<StockmarkCorpus.Sample> train, long seed) {
        String spec = System.getProperty("typer.aug");
        if (spec == null) return train;
        String[] f = spec.split(",");
        Augmentation a = new Augmentation(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                0, true);
        return new MentionReplacer(NamePools.withDefaultSources(train), a).augment(train, seed);
    }

    /** Settings from {@code key=value,...}: g (groups), e (epochs), eta (given: logistic regression, else perceptron), l2. */
    static TyperTraining.Settings parse(String spec) {
        Map<String, String> m = new HashMap<>();
        for (String kv : spec.split(",")) {
            String[] p = kv.split("=", 2);
            m.put(p[0], p[1]);
        }
        return new TyperTraining.Settings(Integer.parseInt(m.getOrDefault("g", "3")),
                m.containsKey("eta") ? TyperTraining.Learner.LOGISTIC : TyperTraining.Learner.PERCEPTRON,
                Integer.parseInt(m.getOrDefault("e", "10")), Double.parseDouble(m.getOrDefault("eta", "0")),
                Double.parseDouble(m.getOrDefault("l2", "0")), 0f);
    }

    private static NerTagger foldTagger(Path folds, int k, List<StockmarkCorpus.Sample> train, long seed,
            NameDictionary dict) throws IOException {
        Path dir = folds.resolve("fold" + k);
        if (!Files.exists(dir.resolve(NerTagger.MODEL_FILE))) {
            NerTrainer.Settings s = NerTrainer.Settings.defaults().withoutTyper();
            new NerTagger(NerTrainer.trainTagger(TyperData.without(train, k), seed, s, dict, null, System.out), dict)
                    .save(dir);
        }
        return NerTagger.load(dir, dict);
    }

    /** The gold class for spans with gold boundaries, else the tagger's. */
    private static List<Span> oracle(TyperData.Sentence s) {
        List<Span> out = new ArrayList<>();
        for (Span p : s.decoded().spans()) {
            Span g = TyperData.gold(s, p);
            out.add(g != null ? g : p);
        }
        return out;
    }

    /** Dev scores with the sentence spans chosen by {@code typed} (null: the tagger's). */
    static EvalResult score(NerTagger full, List<StockmarkCorpus.Sample> dev, List<List<TyperData.Sentence>> devSents,
            Function<TyperData.Sentence, List<Span>> typed) {
        Scorer scorer = new Scorer();
        for (int i = 0; i < dev.size(); i++) {
            List<Span> out = new ArrayList<>();
            for (TyperData.Sentence s : devSents.get(i)) {
                full.finish(s.decoded().view(), typed == null ? s.decoded().spans() : typed.apply(s), out);
            }
            scorer.add(dev.get(i).gold(), out);
        }
        return scorer.result();
    }

    /**
     * Five-fold cross-validation on train (each fold's spans, found by the tagger trained without
     * the fold, typed by a typer trained on the other folds' gold spans): net spans fixed (fixed −
     * broken) among spans with gold boundaries, per margin. A larger, less noisy sample than dev.
     */
    static String crossValidate(List<StockmarkCorpus.Sample> train, List<TyperData.Sentence> jack,
            TyperTraining.Settings ts, NameDictionary dict, long seed, float[] margins) {
        int[] net = new int[margins.length];
        int n = 0;
        int taggerRight = 0;
        for (int k = 0; k < NerTrainer.FOLDS; k++) {
            SpanTyper typer = TyperTraining.train(TyperData.without(train, k), ts, dict, seed);
            for (TyperData.Sentence s : jack) {
                if (s.fold() != k) continue;
                for (Span p : s.decoded().spans()) {
                    Span g = TyperData.gold(s, p);
                    if (g == null) continue;
                    n++;
                    taggerRight += p.type() == g.type() ? 1 : 0;
                    float[] sc = typer.scores(s.decoded().view(), p.start(), p.end());
                    for (int m = 0; m < margins.length; m++) {
                        NerClass d = SpanTyper.decide(sc, p.type(), margins[m]);
                        net[m] += (d == g.type() ? 1 : 0) - (p.type() == g.type() ? 1 : 0);
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder(String.format("train CV: %d spans, tagger right %d, net fixed:", n,
                taggerRight));
        for (int m = 0; m < margins.length; m++) sb.append(String.format(" m%.1f=%+d", margins[m], net[m]));
        return sb.toString();
    }

    /** On dev spans with gold boundaries: how often the tagger, the typer alone and the combination are right. */
    static String accuracy(List<List<TyperData.Sentence>> devSents, SpanTyper typer) {
        int n = 0;
        int tagger = 0;
        int alone = 0;
        int decided = 0;
        int fixed = 0;
        int broken = 0;
        for (List<TyperData.Sentence> sample : devSents) {
            for (TyperData.Sentence s : sample) {
                CharView v = s.decoded().view();
                for (Span p : s.decoded().spans()) {
                    Span g = TyperData.gold(s, p);
                    if (g == null) continue;
                    NerClass d = typer.decide(v, p);
                    n++;
                    tagger += p.type() == g.type() ? 1 : 0;
                    alone += typer.classify(v, p.start(), p.end()) == g.type() ? 1 : 0;
                    decided += d == g.type() ? 1 : 0;
                    fixed += p.type() != g.type() && d == g.type() ? 1 : 0;
                    broken += p.type() == g.type() && d != g.type() ? 1 : 0;
                    if (d != g.type() && Boolean.getBoolean("typer.dump")) {
                        System.out.printf("ERR %s -> %s [%s] %s%n", g.type(), d, v.text.substring(p.start(), p.end()),
                                v.text);
                    }
                }
            }
        }
        return String.format("spans with gold boundaries %d: tagger right %d, typer alone %d, with margin %.1f %d "
                + "(fixed %d, broken %d)", n, tagger, alone, typer.margin(), decided, fixed, broken);
    }

    private static float[] parseFloats(String s) {
        String[] p = s.split(",");
        float[] out = new float[p.length];
        for (int i = 0; i < p.length; i++) out[i] = Float.parseFloat(p[i].trim());
        return out;
    }
}
