package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import java.io.PrintStream;
import java.util.List;

/** Trains the {@link SpanTyper} of a model on the training part (settings chosen on dev; models/README.md). */
final class TyperTraining {

    /**
     * Typer settings.
     *
     * @param groups    feature groups ({@link SpanFeatures})
     * @param source    which spans are training examples
     * @param epochs    perceptron passes
     * @param margin    lead over the tagger's class needed to override it
     * @param jackknife decode the training sentences with taggers trained without their fold (else with the full tagger)
     * @param learner   perceptron or logistic regression (with {@code eta}, {@code l2})
     */
    record Settings(int groups, TyperData.Source source, int epochs, float margin, boolean jackknife, Learner learner,
            double eta, double l2) {
        static Settings defaults() {
            return new Settings(SpanFeatures.LEGACY, TyperData.Source.GOLD, 10, SpanTyper.LEGACY_MARGIN, false,
                    Learner.PERCEPTRON, 0, 0);
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

    /**
     * The typer for the tagger {@code full} trained on {@code train} with {@code tagger} settings (used
     * again for the jackknife taggers).
     */
    static SpanTyper train(List<StockmarkCorpus.Sample> train, NerModel full, Settings settings,
            NerTrainer.Settings tagger, NameDictionary dict, long seed, PrintStream log) {
        List<TyperData.Sentence> sentences = settings.jackknife()
                ? TyperData.jackknife(train, k -> new NerTagger(
                        NerTrainer.trainTagger(TyperData.without(train, k), seed, tagger.withoutTyper(), dict, null, log), dict), log)
                : TyperData.decode(train, k -> new NerTagger(full, dict));
        return train(sentences, settings, dict, seed);
    }

    /** The typer trained on already decoded sentences. */
    static SpanTyper train(List<TyperData.Sentence> sentences, Settings settings, NameDictionary dict, long seed) {
        List<SpanTyperTrainer.Example> ex = TyperData.examples(sentences, settings.groups(), dict, settings.source());
        return new SpanTyper(settings.groups(), settings.margin(), settings.learner() == Learner.PERCEPTRON
                ? SpanTyperTrainer.perceptron(ex, settings.epochs(), seed)
                : SpanTyperTrainer.logistic(ex, settings.epochs(), settings.eta(), settings.l2(), seed), dict);
    }
}
