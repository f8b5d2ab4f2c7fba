package dev.kiji.cli;

import dev.kiji.Pipelines;
import dev.kiji.ner.NerTrainer;
import dev.kiji.pipeline.Outcome;
import dev.kiji.pipeline.Pipeline;
import dev.kiji.topic.TopicTrainer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kiji train ner|topics}: reproducible training commands. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains models.",
        subcommands = {TrainCommand.Ner.class, TrainCommand.Topics.class})
final class TrainCommand {

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Trains the Japanese NER model on the train part of a Stockmark-format dataset",
                "(fixed seed: same data, same model bytes). Prints time and peak memory."})
    static final class Ner implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "ner.json") Path data;
        @Option(names = "--split", required = true, paramLabel = "split.tsv") Path split;
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory, e.g. models/ner-ja.")
        Path out;
        @Option(names = "--seed", defaultValue = "42") long seed;
        @Option(names = "--trainer", defaultValue = "crf", paramLabel = "crf|perceptron",
                description = "Learning algorithm for the tagger weights (same model format): ${DEFAULT-VALUE} by default.")
        String trainer;

        @Override
        public Integer call() throws Exception {
            NerTrainer.Algorithm algorithm = switch (trainer) {
                case "perceptron" -> NerTrainer.Algorithm.PERCEPTRON;
                case "crf" -> NerTrainer.Algorithm.CRF;
                default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--trainer must be perceptron or crf, not " + trainer);
            };
            NerTrainer.train(data, split, out, seed, algorithm, System.out);
            return 0;
        }
    }

    @Command(name = "topics", mixinStandardHelpOptions = true,
            description = {"Learns a topic lexicon from labeled articles: JSON Lines {\"text\",\"lang\",\"topics\":[\"medtop:…\"]}.",
                "Use it with -Dkiji.models=DIR (as DIR/topics/lexicon.txt)."})
    static final class Topics implements Callable<Integer> {
        @Parameters(paramLabel = "LABELED.jsonl") Path labeled;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE") Path out;

        @Override
        public Integer call() {
            Pipeline p = Pipelines.standard();
            new TopicTrainer(doc -> p.run(doc) instanceof Outcome.Annotated a ? a.document() : doc)
                    .trainFile(labeled, out);
            System.err.println("lexicon written to " + out);
            return 0;
        }
    }
}
