package dev.kiji.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code kiji} command. */
@Command(name = "kiji", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Annotates Japanese and English news articles with entities, links and topics.",
        subcommands = {AnnotateCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class,
            KbCommand.class, DictCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // A command that cannot run at all (unwritable -o, bad --kb file) is a usage problem: a clear
        // one-line message and exit 2, not a stack trace. Per-article problems never get here.
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("kiji: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (Boolean.getBoolean("kiji.debug")) {
                ex.printStackTrace(cmd.getErr());
            }
            return 2;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
