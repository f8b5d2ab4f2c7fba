package dev.kiji.cli;

import dev.kiji.dict.NameDictionary;
import dev.kiji.link.KanjiNameSpellings;
import dev.kiji.link.kb.KbBuilder;
import dev.kiji.link.kb.WikidataImporter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kiji kb build|import-wikidata}: knowledge-base files. */
@Command(name = "kb", mixinStandardHelpOptions = true, description = "Builds and imports knowledge-base files.",
        subcommands = {KbCommand.Build.class, KbCommand.ImportWikidata.class})
final class KbCommand {

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Builds the default KB (CLDR countries + the curated news core) reproducibly.")
    static final class Build implements Callable<Integer> {
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE")
        Path out;

        @Override
        public Integer call() throws Exception {
            int n = KbBuilder.build(out);
            try (OutputStream o = Files.newOutputStream(out.toAbsolutePath().resolveSibling(KanjiNameSpellings.FILE))) {
                KanjiNameSpellings.build(NameDictionary.loadDefault(), o);
            }
            System.err.printf("%,d entries written to %s%n", n, out);
            return 0;
        }
    }

    @Command(name = "import-wikidata", mixinStandardHelpOptions = true,
            description = "Streams a Wikidata JSON dump (.json or .json.gz) into a KB file: ja/en labels, aliases, type from P31.")
    static final class ImportWikidata implements Callable<Integer> {
        @Parameters(paramLabel = "DUMP")
        Path dump;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE")
        Path out;

        @Override
        public Integer call() throws Exception {
            WikidataImporter.Result r = WikidataImporter.importDump(dump, out);
            System.err.printf("%,d entities read, %,d written to %s%n", r.read(), r.written(), out);
            return 0;
        }
    }
}
