package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.List;

/** Trains the {@link SpanTyper} of a model on the gold spans of the training part (settings chosen on dev; models/README.md). */
final class TyperTraining {
    private static final int K = NerClass.values().length;

    /**
     * Typer settings.
     *
     * @param groups  feature groups ({@link SpanFeatures})
     * @param learner perceptron, or logistic regression with AdaGrad step {@code eta} and L2 penalty {@code l2}
     * @param epochs  passes over the examples
     * @param margin  lead over the tagger's class needed to override it
     */
    record Settings(int groups, Learner learner, int epochs, double eta, double l2, float margin) {
        /**
         * The shipped typer's settings (chosen on dev: mean of 3 CRF × 3 typer seeds; models/README.md):
         * string, affix, context and ENAMDICT features plus the sentence's words; logistic regression,
         * 10 passes, AdaGrad step 0.1, L2 0.001; override at a log-odds lead above 1.
         */
        static Settings defaults() {
            return new Settings(SpanFeatures.LEGACY | SpanFeatures.SENTENCE | SpanFeatures.KB, Learner.LOGISTIC, 10, 0.1, 1e-3, 1f);
        }
    }

    /** How the typer's weights are learned. */
    enum Learner {
        /** Averaged multiclass perceptron. */
        PERCEPTRON,
        /** Multinomial logistic regression (AdaGrad, L2). */
        LOGISTIC
    }

    private TyperTraining() {
    }

    /** The typer trained on every gold span of {@code train}. */
    static SpanTyper train(List<StockmarkCorpus.Sample> train, Settings settings, NameDictionary dict, long seed) {
        List<SpanTyperTrainer.Example> ex = new ArrayList<>();
        for (Labelled l : goldSpans(train)) {
            ex.add(new SpanTyperTrainer.Example(
                    SpanFeatures.extract(settings.groups(), l.view(), l.span().start(), l.span().end(), dict),
                    l.span().type().ordinal()));
        }
        LinearRows rows = settings.learner() == Learner.PERCEPTRON
                ? SpanTyperTrainer.perceptron(ex, K, settings.epochs(), seed)
                : SpanTyperTrainer.logistic(ex, K, settings.epochs(), settings.eta(), settings.l2(), seed);
        return new SpanTyper(settings.groups(), settings.margin(), rows, dict);
    }

    /** A gold span (view offsets) of a sentence view. */
    record Labelled(CharView view, Span span, int fold) {
    }

    /** Every gold span of {@code samples}, in order, with the views of their sentence runs. */
    static List<Labelled> goldSpans(List<StockmarkCorpus.Sample> samples) {
        List<Labelled> out = new ArrayList<>();
        for (StockmarkCorpus.Sample s : samples) {
            for (List<Token> run : Sentences.split(NerTagger.tokenizeNormalized(s.text()))) {
                CharView v = CharView.of(s.text(), run);
                for (Span g : Bio.decode(NerTrainer.goldLabels(v, s.gold()))) out.add(new Labelled(v, g, NerTrainer.fold(s)));
            }
        }
        return out;
    }
}
