package dev.kiji.cli;

import dev.kiji.Pipelines;
import dev.kiji.link.EntityLinker;
import dev.kiji.link.LinkEvaluator;
import dev.kiji.link.LinkReport;
import dev.kiji.link.kb.KnowledgeBase;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kiji eval ...}: accuracy figures printed by commands. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Prints accuracy figures.",
        subcommands = {EvalCommand.Link.class})
final class EvalCommand {

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
            LinkReport r = LinkEvaluator.of(gold, Articles.annotator(Pipelines.standard(kb)), new EntityLinker(kb))
                    .evaluate();
            System.out.println(r.toText());
            if (json) {
                System.out.println(r.toJsonLine());
            }
            return 0;
        }
    }
}
