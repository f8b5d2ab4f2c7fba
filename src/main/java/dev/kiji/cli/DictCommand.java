package dev.kiji.cli;

import dev.kiji.dict.EnamdictCompiler;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kiji dict build-enamdict SRC -o DIR}: compiles ENAMDICT into the shipped name dictionary. */
@Command(name = "dict", mixinStandardHelpOptions = true, description = "Builds shipped dictionaries.",
        subcommands = {DictCommand.BuildEnamdict.class})
final class DictCommand {

    @Command(name = "build-enamdict", mixinStandardHelpOptions = true,
            description = "Compiles EDRDG's ENAMDICT (EUC-JP, e.g. /usr/share/edict/enamdict from Debian's enamdict) into DIR.")
    static final class BuildEnamdict implements Callable<Integer> {
        @Parameters(paramLabel = "SRC") Path source;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR") Path out;

        @Override
        public Integer call() throws Exception {
            EnamdictCompiler.Result r = EnamdictCompiler.build(source, out);
            System.err.printf("%,d source lines -> %,d entries, %,d bytes in %s%n", r.lines(), r.entries(), r.bytes(), r.file());
            return 0;
        }
    }
}
