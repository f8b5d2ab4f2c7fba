package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Sentences decoded by a character tagger with their gold spans, for measuring the
 * {@link SpanTyper} on the tagger's own spans ({@link TyperExperiment}).
 */
final class TyperData {
    /** One sentence run decoded by a tagger, its gold spans (view offsets) and the fold of its sample. */
    record Sentence(NerTagger.Decoded decoded, List<Span> gold, int fold) {
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

    /** The samples outside fold {@code k}. */
    static List<StockmarkCorpus.Sample> without(List<StockmarkCorpus.Sample> samples, int k) {
        return samples.stream().filter(s -> NerTrainer.fold(s) != k).toList();
    }

    /** The gold span with the boundaries of {@code p}, or null. */
    static Span gold(Sentence s, Span p) {
        for (Span g : s.gold()) {
            if (g.start() == p.start() && g.end() == p.end()) return g;
        }
        return null;
    }
}
