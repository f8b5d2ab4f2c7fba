package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import dev.kiji.doc.Token;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Training material for the {@link SpanTyper}: sentences decoded by a character tagger, with their
 * gold spans in view offsets. For the training part the tagger of each sentence is one trained
 * without that sentence's fold (jackknifing), so the typer learns how reliable the tagger's class
 * and score gaps are on text the tagger has not seen.
 */
final class TyperData {
    /** One sentence run decoded by a tagger, its gold spans (view offsets) and the fold of its sample. */
    record Sentence(NerTagger.Decoded decoded, List<Span> gold, int fold) {
    }

    /** Which spans become training examples. */
    enum Source {
        /** Every gold span (the tagger's class for it: its best class under those boundaries). */
        GOLD,
        /** The tagger's spans whose boundaries are right. */
        PREDICTED
    }

    private TyperData() {
    }

    /** Decodes every sentence of {@code samples} with the tagger {@code taggerOf.apply(fold of the sample)}. */
    static List<Sentence> decode(List<StockmarkCorpus.Sample> samples, IntFunction<NerTagger> taggerOf) {
        List<Sentence> out = new ArrayList<>();
        for (StockmarkCorpus.Sample s : samples) {
            int fold = NerTrainer.fold(s);
            NerTagger tagger = taggerOf.apply(fold);
            for (List<Token> run : Sentences.split(NerTagger.tokenizeNormalized(s.text()))) {
                NerTagger.Decoded d = tagger.decode(s.text(), run);
                out.add(new Sentence(d, Bio.decode(NerTrainer.goldLabels(d.view(), s.gold())), fold));
            }
        }
        return out;
    }

    /**
     * {@code samples} decoded by taggers trained on the other {@value NerTrainer#FOLDS} − 1 folds
     * ({@code trainFold.apply(k)}: the tagger trained without fold {@code k}).
     */
    static List<Sentence> jackknife(List<StockmarkCorpus.Sample> samples, IntFunction<NerTagger> trainFold,
            PrintStream log) {
        NerTagger[] taggers = new NerTagger[NerTrainer.FOLDS];
        for (int k = 0; k < taggers.length; k++) {
            long t0 = System.nanoTime();
            taggers[k] = trainFold.apply(k);
            log.printf("typer fold %d: tagger trained in %.1f s%n", k, (System.nanoTime() - t0) / 1e9);
        }
        return decode(samples, k -> taggers[k]);
    }

    /** The training samples outside fold {@code k}. */
    static List<StockmarkCorpus.Sample> without(List<StockmarkCorpus.Sample> samples, int k) {
        return samples.stream().filter(s -> NerTrainer.fold(s) != k).toList();
    }

    /** Training examples for a typer with feature {@code groups}, the spans chosen by {@code source}. */
    static List<SpanTyperTrainer.Example> examples(List<Sentence> sentences, int groups,
            NameDictionary dict, Source source) {
        List<SpanTyperTrainer.Example> out = new ArrayList<>();
        for (Sentence s : sentences) {
            NerTagger.Decoded d = s.decoded();
            if (source != Source.PREDICTED) {
                for (Span g : s.gold()) {
                    float[] scores = SpanScores.of(d, g.start(), g.end());
                    NerClass tagged = NerClass.values()[SpanTyper.argmax(scores)];
                    for (Span p : d.spans()) {
                        if (p.start() == g.start() && p.end() == g.end()) tagged = p.type();
                    }
                    out.add(example(d, g, tagged, SpanScores.gaps(scores), groups, dict));
                }
            }
            if (source == Source.GOLD) continue;
            for (Span p : d.spans()) {
                Span gold = null;
                for (Span g : s.gold()) {
                    if (p.start() == g.start() && p.end() == g.end()) gold = g;
                }
                if (gold == null) continue;
                float[] gaps = SpanScores.gaps(SpanScores.of(d, p.start(), p.end()));
                out.add(example(d, gold, p.type(), gaps, groups, dict));
            }
        }
        return out;
    }

    private static SpanTyperTrainer.Example example(NerTagger.Decoded d, Span gold, NerClass tagged, float[] gaps,
            int groups, NameDictionary dict) {
        SpanFeatures.Context c = new SpanFeatures.Context(d.view(), gold.start(), gold.end(), tagged, gaps, d.spans());
        return new SpanTyperTrainer.Example(SpanFeatures.extract(groups, c, dict), gold.type());
    }
}
