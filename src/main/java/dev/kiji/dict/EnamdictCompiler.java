package dev.kiji.dict;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Compiles the EDRDG ENAMDICT file (EUC-JP, {@code HEADWORD [reading] /(tags) gloss/gloss/}) into
 * {@value NameDictionary#FILE_NAME}: one line per NFKC-normalized headword, sorted by UTF-16 order,
 * {@code key TAB type-codes TAB romanization|romanization}. Entries sharing a headword are merged.
 * The output is byte-for-byte reproducible (gzip header without timestamp, sorted keys).
 */
public final class EnamdictCompiler {
    /** At most this many English forms are kept per headword. */
    static final int MAX_ROMANIZATIONS = 24;
    private static final Pattern LINE = Pattern.compile("^(\\S+)(?: \\[[^\\]]*\\])? /(.*)/\\s*$");
    private static final Pattern TAGS = Pattern.compile("^\\(([a-z,]+)\\)\\s*");
    private static final Pattern PAREN = Pattern.compile("\\s*\\([^()]*\\)");

    private EnamdictCompiler() {
    }

    /** Summary of a build. */
    public record Result(Path file, int lines, int entries, long bytes) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EnamdictCompiler /usr/share/edict/enamdict OUT_DIR");
            System.exit(2);
        }
        Result r = build(Path.of(args[0]), Path.of(args[1]));
        System.out.printf("read %d lines, wrote %d headwords to %s (%d bytes)%n", r.lines(), r.entries(), r.file(),
                r.bytes());
    }

    /** Reads {@code source} (EUC-JP ENAMDICT) and writes {@value NameDictionary#FILE_NAME} into {@code outDir}. */
    public static Result build(Path source, Path outDir) throws IOException {
        Map<String, Merged> merged = new TreeMap<>();
        int lines = 0;
        try (BufferedReader in = Files.newBufferedReader(source, Charset.forName("EUC-JP"))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines++;
                parseLine(line, merged);
            }
        }
        Files.createDirectories(outDir);
        Path out = outDir.resolve(NameDictionary.FILE_NAME);
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), StandardCharsets.UTF_8))) {
            for (Map.Entry<String, Merged> e : merged.entrySet()) {
                w.write(e.getKey());
                w.write('\t');
                w.write(NameType.codes(e.getValue().mask));
                w.write('\t');
                w.write(String.join("|", e.getValue().romanizations));
                w.write('\n');
            }
        }
        return new Result(out, lines, merged.size(), Files.size(out));
    }

    private static final class Merged {
        int mask;
        final Set<String> romanizations = new LinkedHashSet<>();
    }

    /** Parses one ENAMDICT line into {@code into}; header and malformed lines are skipped. */
    static void parseLine(String line, Map<String, Merged> into) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) return;
        String key = Normalizer.normalize(m.group(1), Normalizer.Form.NFKC);
        if (key.indexOf('\t') >= 0 || key.indexOf('?') >= 0 || key.indexOf('？') >= 0) return;
        String[] glosses = m.group(2).split("/");
        int mask = 0;
        List<String> roms = new ArrayList<>();
        for (int i = 0; i < glosses.length; i++) {
            String g = glosses[i];
            if (i == 0) {
                Matcher t = TAGS.matcher(g);
                if (t.find()) {
                    for (String tag : t.group(1).split(",")) {
                        NameType type = NameType.ofTag(tag);
                        if (type != null) mask |= type.bit();
                    }
                    g = g.substring(t.end());
                } else {
                    // untagged entries describe one particular person, event or thing
                    mask |= g.matches(".*\\(\\d{3,4}.*") ? NameType.PERSON.bit() : NameType.OTHER.bit();
                }
            }
            String clean = PAREN.matcher(g).replaceAll("").replace('|', ' ').replace('\t', ' ').trim();
            if (!clean.isEmpty() && !clean.startsWith("EntL")) roms.add(clean);
        }
        if (mask == 0) mask = NameType.OTHER.bit();
        Merged e = into.computeIfAbsent(key, k -> new Merged());
        e.mask |= mask;
        for (String r : roms) {
            if (e.romanizations.size() < MAX_ROMANIZATIONS) e.romanizations.add(r);
        }
    }
}
