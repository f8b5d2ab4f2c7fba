package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Dev experiments on the span typer alone, over a fixed character tagger, so one setting takes
 * seconds: {@code TyperExperiment DATA SPLIT FOLDS_DIR [groups:source:epochs:jackknife[:eta:l2] ...] (eta given: logistic regression)}. The
 * tagger is {@code -Dtyper.model=DIR} (default: the shipped model); the jackknife taggers (trained
 * without each fold, default CRF settings, seed {@code -Dtyper.seed}) are trained once into
 * FOLDS_DIR and reused. Prints dev F1 without typer, with an oracle typer and for each setting at
 * the margins {@code -Dtyper.margins} (comma-separated). Never scores test.
 */
public final class TyperExperiment {
    private TyperExperiment() {
    }

    public static void main(String[] a) throws IOException {
        Path data = Path.of(a[0]);
        Path split = Path.of(a[1]);
        Path folds = Path.of(a[2]);
        long seed = Long.getLong("typer.seed", 42L);
        NameDictionary dict = NameDictionary.loadDefault();
        String modelDir = System.getProperty("typer.model");
        NerTagger full = modelDir == null ? NerTagger.loadDefault() : NerTagger.load(Path.of(modelDir), dict);
        List<StockmarkCorpus.Sample> train = StockmarkCorpus.load(data, split, "train");
        List<StockmarkCorpus.Sample> dev = StockmarkCorpus.load(data, split, "dev");
        NerTagger[] foldTaggers = new NerTagger[NerTrainer.FOLDS];
        for (int k = 0; k < foldTaggers.length; k++) foldTaggers[k] = foldTagger(folds, k, train, seed, dict);
        List<TyperData.Sentence> jack = TyperData.decode(train, k -> foldTaggers[k]);
        List<TyperData.Sentence> plain = TyperData.decode(train, k -> full);
        List<List<TyperData.Sentence>> devSents = new ArrayList<>();
        for (StockmarkCorpus.Sample s : dev) devSents.add(TyperData.decode(List.of(s), k -> full));
        System.out.printf("dev, no typer: %.4f%n", score(full, dev, devSents, s -> s.decoded().spans(), null).f1());
        System.out.printf("dev, oracle typer: %.4f%n", score(full, dev, devSents, TyperExperiment::oracle, null).f1());
        float[] margins = parseMargins(System.getProperty("typer.margins", "0,2,4,6,8,10,12"));
        for (int i = 3; i < a.length; i++) {
            String[] p = a[i].split(":");
            TyperTraining.Settings ts = new TyperTraining.Settings(Integer.parseInt(p[0]),
                    TyperData.Source.valueOf(p[1].toUpperCase(Locale.ROOT)), Integer.parseInt(p[2]), 0f,
                    p[3].equals("1"), p.length > 4 ? TyperTraining.Learner.LOGISTIC : TyperTraining.Learner.PERCEPTRON,
                    p.length > 4 ? Double.parseDouble(p[4]) : 0, p.length > 5 ? Double.parseDouble(p[5]) : 0);
            long t0 = System.nanoTime();
            SpanTyper typer = TyperTraining.train(ts.jackknife() ? jack : plain, ts, dict, seed);
            StringBuilder sb = new StringBuilder(String.format("%s (%d rows, %.1f s):", a[i], typer.size(),
                    (System.nanoTime() - t0) / 1e9));
            EvalResult best = null;
            float bestMargin = 0;
            for (float m : margins) {
                EvalResult r = score(full, dev, devSents, null, typer.withMargin(m));
                sb.append(String.format(" m%.1f=%.4f", m, r.f1()));
                if (best == null || r.f1() > best.f1()) {
                    best = r;
                    bestMargin = m;
                }
            }
            typer = typer.withMargin(bestMargin);
            System.out.println(sb);
            System.out.println("  " + accuracy(devSents, typer));
            if (Boolean.getBoolean("typer.cv")) System.out.println("  " + crossValidate(ts.jackknife() ? jack : plain, ts, dict, seed, margins));
            if (Boolean.getBoolean("typer.detail")) System.out.print(best.toText());
        }
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
            NerClass c = p.type();
            for (Span g : s.gold()) {
                if (g.start() == p.start() && g.end() == p.end()) c = g.type();
            }
            out.add(new Span(p.start(), p.end(), c));
        }
        return out;
    }

    static EvalResult score(NerTagger full, List<StockmarkCorpus.Sample> dev, List<List<TyperData.Sentence>> devSents,
            Function<TyperData.Sentence, List<Span>> fixed, SpanTyper typer) {
        Scorer scorer = new Scorer();
        for (int i = 0; i < dev.size(); i++) {
            List<Span> out = new ArrayList<>();
            for (TyperData.Sentence s : devSents.get(i)) {
                List<Span> spans = typer != null ? typer.retype(s.decoded()) : fixed.apply(s);
                full.finish(s.decoded().view(), spans, out);
            }
            scorer.add(dev.get(i).gold(), out);
        }
        return scorer.result();
    }

    /**
     * Five-fold cross-validation of the typer on the training part (each fold typed by a typer trained
     * on the others): net spans fixed (fixed − broken) among the tagger's spans with gold boundaries,
     * per margin. A larger, less noisy sample than dev for comparing typer settings.
     */
    static String crossValidate(List<TyperData.Sentence> sents, TyperTraining.Settings ts, NameDictionary dict,
            long seed, float[] margins) {
        int[] net = new int[margins.length];
        int n = 0;
        int taggerRight = 0;
        for (int k = 0; k < NerTrainer.FOLDS; k++) {
            int fold = k;
            SpanTyper typer = TyperTraining.train(sents.stream().filter(s -> s.fold() != fold).toList(), ts, dict, seed);
            for (TyperData.Sentence s : sents) {
                if (s.fold() != fold) continue;
                for (Span p : s.decoded().spans()) {
                    for (Span g : s.gold()) {
                        if (g.start() != p.start() || g.end() != p.end()) continue;
                        n++;
                        taggerRight += p.type() == g.type() ? 1 : 0;
                        float[] sc = typer.scores(typer.context(s.decoded(), p));
                        for (int m = 0; m < margins.length; m++) {
                            NerClass d = SpanTyper.decide(sc, p.type(), margins[m]);
                            net[m] += (d == g.type() ? 1 : 0) - (p.type() == g.type() ? 1 : 0);
                        }
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
                for (Span p : s.decoded().spans()) {
                    for (Span g : s.gold()) {
                        if (g.start() != p.start() || g.end() != p.end()) continue;
                        SpanFeatures.Context c = typer.context(s.decoded(), p);
                        NerClass d = typer.decide(c);
                        n++;
                        tagger += p.type() == g.type() ? 1 : 0;
                        alone += typer.classify(c) == g.type() ? 1 : 0;
                        decided += d == g.type() ? 1 : 0;
                        fixed += p.type() != g.type() && d == g.type() ? 1 : 0;
                        broken += p.type() == g.type() && d != g.type() ? 1 : 0;
                        if (d != g.type() && Boolean.getBoolean("typer.dump")) {
                            String t = s.decoded().view().text;
                            System.out.printf("ERR %s -> %s [%s] %s%n", g.type(), d, t.substring(p.start(), p.end()),
                                    t.substring(0, p.start()) + "【" + t.substring(p.start(), p.end()) + "】" + t.substring(p.end()));
                        }
                    }
                }
            }
        }
        return String.format("spans with gold boundaries %d: tagger right %d, typer alone %d, with margin %.1f %d "
                + "(fixed %d, broken %d)", n, tagger, alone, typer.margin(), decided, fixed, broken);
    }

    private static float[] parseMargins(String s) {
        String[] p = s.split(",");
        float[] out = new float[p.length];
        for (int i = 0; i < p.length; i++) out[i] = Float.parseFloat(p[i].trim());
        return out;
    }
}
