package dev.kiji.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Weighted terms per topic and language, read from a text file ({@code models/topics/lexicon.txt}).
 *
 * <p>Format: {@code #} starts a comment; a line {@code @topic NN LANG} (NN = the IPTC top-level
 * number, LANG = {@code ja} or {@code en}) opens a section; every other line holds whitespace
 * separated terms, each optionally suffixed {@code :WEIGHT} (default 1). In English terms
 * {@code _} stands for a space between words (multi-word terms). Terms are NFKC-folded and
 * lower-cased. Immutable once loaded.
 */
public final class TopicLexicon {
    private final Map<String, Map<String, List<LexiconEntry>>> byLang;
    /** Per language: every term and every prefix of a term (prefix-only keys map to an empty list). */
    private final Map<String, Map<String, List<LexiconEntry>>> withPrefixes;
    private final int maxWords;

    private TopicLexicon(Map<String, Map<String, List<LexiconEntry>>> byLang, int maxWords) {
        this.byLang = byLang;
        this.maxWords = maxWords;
        Map<String, Map<String, List<LexiconEntry>>> p = new HashMap<>();
        byLang.forEach((lang, terms) -> {
            Map<String, List<LexiconEntry>> m = new HashMap<>();
            for (String t : terms.keySet()) {
                for (int i = 1; i < t.length(); i++) {
                    m.putIfAbsent(t.substring(0, i), List.of());
                }
            }
            m.putAll(terms);
            p.put(lang, Collections.unmodifiableMap(m));
        });
        this.withPrefixes = Collections.unmodifiableMap(p);
    }

    public static TopicLexicon load(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r.lines().toList(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TopicLexicon parse(List<String> lines, String origin) {
        Map<String, Map<String, List<LexiconEntry>>> byLang = new HashMap<>();
        MediaTopic topic = null;
        String lang = null;
        int maxWords = 1;
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = stripComment(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("@topic")) {
                String[] f = line.split("\\s+");
                if (f.length != 3) {
                    throw new IllegalArgumentException(origin + ":" + lineNo + ": expected '@topic NN LANG'");
                }
                topic = MediaTopic.ofCode(f[1]);
                lang = f[2];
                continue;
            }
            if (topic == null) {
                throw new IllegalArgumentException(origin + ":" + lineNo + ": term before any @topic line");
            }
            for (String item : line.split("\\s+")) {
                int colon = item.lastIndexOf(':');
                String term = colon > 0 ? item.substring(0, colon) : item;
                double w = colon > 0 ? Double.parseDouble(item.substring(colon + 1)) : 1.0;
                String key = key(term.replace('_', ' '));
                maxWords = Math.max(maxWords, key.split(" ").length);
                byLang.computeIfAbsent(lang, k -> new HashMap<>())
                        .computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new LexiconEntry(topic, w));
            }
        }
        // HashMaps (wrapped read-only) rather than Map.copyOf: faster lookups on the hot path
        Map<String, Map<String, List<LexiconEntry>>> frozen = new HashMap<>();
        byLang.forEach((l, m) -> {
            Map<String, List<LexiconEntry>> copy = new HashMap<>();
            m.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            frozen.put(l, Collections.unmodifiableMap(copy));
        });
        return new TopicLexicon(Collections.unmodifiableMap(frozen), maxWords);
    }

    /** A resource line without its {@code #} comment and surrounding blanks. */
    static String stripComment(String raw) {
        int hash = raw.indexOf('#');
        return (hash >= 0 ? raw.substring(0, hash) : raw).strip();
    }

    /**
     * The lookup form of a term: NFKC, lower case. NFKC runs only when the string holds a
     * character it can change that matters here (full/half-width forms, enclosed or squared
     * characters); token lemmas from normalized text skip it.
     */
    static String key(String term) {
        boolean fold = false;
        for (int i = 0; i < term.length() && !fold; i++) {
            char c = term.charAt(i);
            fold = (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2150 && c <= 0x24FF) || (c >= 0x3200 && c <= 0x33FF)
                    || c == 0x3000 || c == 0x00A0;
        }
        String n = fold ? Normalizer.normalize(term, Normalizer.Form.NFKC) : term;
        return n.toLowerCase(Locale.ROOT).strip();
    }

    /** True when some term of the language starts with {@code s} (lets the matcher stop early). */
    boolean isPrefix(String lang, String s) {
        return find(lang, s) != null;
    }

    /**
     * One lookup for the matcher: {@code null} when no term starts with {@code s}, an empty list
     * when {@code s} is only a prefix of terms, else the entries of term {@code s}.
     */
    List<LexiconEntry> find(String lang, String s) {
        Map<String, List<LexiconEntry>> m = withPrefixes.get(lang);
        return m == null ? null : m.get(s);
    }

    /** Entries for a term already in lookup form, or an empty list. */
    List<LexiconEntry> lookup(String lang, String key) {
        Map<String, List<LexiconEntry>> m = byLang.get(lang);
        if (m == null) {
            return List.of();
        }
        return m.getOrDefault(key, List.of());
    }

    /** The most tokens (English words) a term spans; bounds the matcher's window. */
    int maxWords() {
        return maxWords;
    }

    /** Number of terms for a language. */
    public int size(String lang) {
        Map<String, List<LexiconEntry>> m = byLang.get(lang);
        return m == null ? 0 : m.size();
    }
}
