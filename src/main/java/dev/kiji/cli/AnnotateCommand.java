package dev.kiji.cli;

import dev.kiji.Pipelines;
import dev.kiji.batch.Batch;
import dev.kiji.batch.ResumeState;
import dev.kiji.batch.SkipDone;
import dev.kiji.io.ReadResult;
import dev.kiji.batch.Summary;
import dev.kiji.io.InputReader;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.io.OffsetUnit;
import dev.kiji.io.OutputOptions;
import dev.kiji.io.ReadOptions;
import dev.kiji.io.RecordWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kiji annotate INPUT...}: annotate files, directories or stdin to JSON Lines. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Annotates articles and writes one JSON record per article (kiji/1).",
            "Exit status: 0 all annotated, 1 some articles produced error records, 2 usage error."})
final class AnnotateCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files (.txt, .html, .htm, .jsonl), directories (recursive) or '-' for stdin.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--pretty", description = "Indent records for humans (not JSON Lines).")
    boolean pretty;

    @Option(names = "--tokens", description = "Include tokens in the output.")
    boolean tokens;

    @Option(names = "--offsets", paramLabel = "UNIT", defaultValue = "codepoint",
            description = "Offset unit: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OffsetUnit offsets;

    @Option(names = "--encoding", paramLabel = "ENC",
            description = "Input encoding (default: detect UTF-8/16, Shift_JIS, EUC-JP, ISO-2022-JP).")
    Charset encoding;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "4000000",
            description = "Articles longer than N characters get a TOO_LARGE error (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--resume", description = "Skip articles whose ids are already in the -o file and append the rest.")
    boolean resume;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: available processors). Output order and bytes do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--chunk", paramLabel = "N",
            description = "Documents a worker runs stage by stage at a time (default: " + Batch.DEFAULT_CHUNK
                    + ", 1 for stdin so each record is written as soon as it is done). Output does not depend on it.")
    Integer chunk;

    @Option(names = "--kb", paramLabel = "FILE",
            description = "Also link against this knowledge-base file (JSON Lines; repeatable; later files win on equal ids).")
    List<Path> kbFiles = List.of();

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only read files under directories that match GLOB (repeatable), e.g. '**/*.txt'.")
    List<String> include = List.of();

    @Override
    public Integer call() throws Exception {
        if (maxChars < 1 || threads < 1 || chunk != null && chunk < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-chars, --threads and --chunk must be positive");
        }
        if (resume && pretty) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--resume needs JSON Lines, not --pretty");
        }
        if (resume && output == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--resume needs -o FILE");
        }
        Pipelines.preloadJapanese(Pipelines.JapaneseRecognizer.MODEL); // loads while the KB loads below
        ResumeState done = resume ? ResumeState.load(output) : ResumeState.none();
        InputReader reader = new InputReader(new ReadOptions(encoding, maxChars, include));
        RecordWriter writer = new RecordWriter(new OutputOptions(pretty, tokens, offsets));
        Batch batch = new Batch(Pipelines.standard(
                kbFiles.isEmpty() ? KnowledgeBase.shared() : KnowledgeBase.loadDefault(kbFiles)), writer, threads,
                chunk != null ? chunk : inputs.contains("-") ? 1 : Batch.DEFAULT_CHUNK);
        Summary summary;
        try (OutputStream out = open()) {
            Iterator<ReadResult> todo = new SkipDone(reader.read(inputs, System.in), done);
            LongConsumer progress = System.console() != null
                    ? Progress.forTerminal(System.err, InputCounter.start(inputs)::total) : Progress.none();
            summary = batch.run(todo, out, progress);
        }
        Progress.clear(System.err);
        System.err.println(summary.line() + (done.size() > 0 ? " (" + done.size() + " already done, skipped)" : ""));
        return summary.errorCount() > 0 ? 1 : 0;
    }

    /**
     * Unbuffered on purpose: each record goes out in one write call, so a killed run never leaves
     * half a line behind (and {@link ResumeState} repairs one if the OS did).
     */
    private OutputStream open() throws java.io.IOException {
        if (output == null) {
            return new FileOutputStream(FileDescriptor.out);
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return resume
                ? Files.newOutputStream(output, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : Files.newOutputStream(output);
    }
}
