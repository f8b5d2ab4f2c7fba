package dev.kiji.cli;

import dev.kiji.Pipelines;
import dev.kiji.eval.ValueEvaluator;
import dev.kiji.doc.Document;
import dev.kiji.ner.EvalResult;
import dev.kiji.ner.NerEvaluator;
import dev.kiji.pipeline.Outcome;
import dev.kiji.pipeline.Pipeline;
import java.util.List;
import dev.kiji.link.LinkEvaluator;
import dev.kiji.link.LinkReport;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.topic.LivedoorCorpus;
import dev.kiji.topic.TopicEvaluator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kiji eval ...}: accuracy figures printed by commands. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Prints accuracy figures.",
        subcommands = {EvalCommand.Ner.class, EvalCommand.Values.class, EvalCommand.Link.class, EvalCommand.Topics.class})
final class EvalCommand {

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"NER precision, recall and F1 (strict: exact span and type), overall and per type, with the",
                "main confusions: Japanese on the Stockmark dataset (--data/--split/--part), or Japanese or",
                "English articles of test-corpus gold (--gold, --lang)."})
    static final class Ner implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "ner.json") Path data;
        @Option(names = "--split", paramLabel = "split.tsv") Path split;
        @Option(names = "--part", paramLabel = "dev|test", defaultValue = "dev") String part;
        @Option(names = "--gold", paramLabel = "DIR", description = "Gold directory (articles of --lang are scored).")
        Path gold;
        @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "ja", description = "Language of the gold articles scored (default ja); --gold only.")
        String lang;
        @Option(names = "--recognizer", paramLabel = "NAME", defaultValue = "model",
                description = {"model (default: kiji's recognizer), pos (Japanese: the baseline chunker) or",
                    "corenlp-default (English: CoreNLP's default NER settings over the same tokens); --gold only."})
        String recognizer;
        @Option(names = "--coarse", description = "Organizations match whatever their subtype (for recognizers without subtypes).")
        boolean coarse;
        @Option(names = "--json", description = "End with one JSON line {\"precision\":…,\"recall\":…,\"f1\":…,\"per_type\":{…}}.")
        boolean json;
        @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            EvalResult r;
            if (gold != null) {
                Pipeline p = pipeline();
                r = NerEvaluator.evaluateGold(gold, lang, coarse, text -> {
                    Outcome o = p.run(Document.create("gold", "gold", null, null, null, lang, text));
                    return o instanceof Outcome.Annotated a ? a.document().mentions() : List.of();
                });
            } else if (data != null && split != null) {
                if (!part.equals("dev") && !part.equals("test")) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--part is dev or test");
                }
                r = NerEvaluator.evaluate(data, split, part);
            } else {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --gold DIR or --data and --split");
            }
            System.out.println(r.toText());
            if (json) {
                System.out.println(r.toJsonLine());
            }
            return 0;
        }

        private Pipeline pipeline() {
            boolean ja = requireLanguage(spec, lang);
            return switch (recognizer) {
                case "model" -> Pipelines.standard(KnowledgeBase.shared());
                case "pos" -> {
                    if (!ja) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--recognizer pos is Japanese only");
                    yield Pipelines.standard(KnowledgeBase.shared(), Pipelines.JapaneseRecognizer.POS);
                }
                case "corenlp-default" -> {
                    if (ja) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--recognizer corenlp-default is English only");
                    yield Pipelines.standard(KnowledgeBase.shared(), Pipelines.JapaneseRecognizer.MODEL,
                            Pipelines.EnglishRecognizer.CORENLP_DEFAULT);
                }
                default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--recognizer is model, pos or corenlp-default, not " + recognizer);
            };
        }
    }

    @Command(name = "values", mixinStandardHelpOptions = true,
            description = {"DATE, MONEY and PERCENT mentions on test-corpus gold: span-and-type precision, recall and F1",
                "per type, and the share of right spans that carry exactly the gold's normalized value."})
    static final class Values implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold directory, e.g. test-corpus/gold.")
        Path gold;
        @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "ja", description = "Language of the gold articles scored (default ja).")
        String lang;
        @Option(names = "--json", description = "End with one JSON line of the figures.")
        boolean json;
        @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            requireLanguage(spec, lang);
            ValueEvaluator.Report r = ValueEvaluator.evaluate(gold, lang, Articles.annotator(Pipelines.standard()));
            System.out.print(r.toText());
            if (json) {
                System.out.println(r.toJsonLine());
            }
            return 0;
        }
    }

    @Command(name = "link", mixinStandardHelpOptions = true,
            description = {"Entity clustering (B-cubed), KB linking accuracy, NIL accuracy on fictional entities and",
                "cross-lingual id agreement over article pairs, on test-corpus gold."})
    static final class Link implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold directory, e.g. test-corpus/gold.")
        Path gold;

        @Option(names = "--json", description = "End with one JSON line of the figures.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            KnowledgeBase kb = KnowledgeBase.shared();
            LinkReport r = LinkEvaluator.of(gold, Articles.annotator(Pipelines.standard(kb)), Pipelines.linker(kb))
                    .evaluate();
            System.out.println(r.toText());
            if (json) {
                System.out.println(r.toJsonLine());
            }
            return 0;
        }
    }

    @Command(name = "topics", mixinStandardHelpOptions = true,
            description = {"Primary-topic accuracy: per livedoor category group (mapped to IPTC) and macro average,",
                "or on test-corpus gold articles."})
    static final class Topics implements Callable<Integer> {
        @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        static final class Source {
            @Option(names = "--livedoor", paramLabel = "DIR", description = "A livedoor news corpus directory (one folder per category).")
            Path livedoor;

            @Option(names = "--gold", paramLabel = "DIR", description = "Gold directory, e.g. test-corpus/gold.")
            Path gold;
        }

        @Option(names = "--half", defaultValue = "all", paramLabel = "all|tune|report",
                description = "Livedoor files by a fixed hash split: the TUNE half was looked at while writing the lexicon, REPORT was not.")
        String half;

        @Option(names = "--json", description = "End with one JSON line {\"macro_accuracy\":…,\"per_group\":{…}}.")
        boolean json;

        @Override
        public Integer call() {
            TopicEvaluator eval = new TopicEvaluator(Articles.annotator(Pipelines.standard()));
            TopicEvaluator.Report r = source.livedoor != null
                    ? eval.livedoor(source.livedoor, LivedoorCorpus.Half.parse(half))
                    : eval.gold(source.gold, source.gold.toAbsolutePath().getParent());
            System.out.print(TopicEvaluator.format(r, json));
            return 0;
        }
    }

    /** Rejects a {@code --lang} other than ja or en; true for ja. */
    private static boolean requireLanguage(picocli.CommandLine.Model.CommandSpec spec, String lang) {
        if (!lang.equals("ja") && !lang.equals("en")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang is ja or en");
        }
        return lang.equals("ja");
    }
}
