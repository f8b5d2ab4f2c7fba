package dev.kiji.topic;

import dev.kiji.models.Models;
import dev.kiji.doc.Document;
import dev.kiji.doc.KeyPhrase;
import dev.kiji.doc.Layer;
import dev.kiji.pipeline.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranked key phrases: noun-phrase candidates ({@link PhraseCandidates}) scored by TF-IDF against
 * a background document-frequency table ({@code models/topics/df-LANG.tsv}), deduplicated
 * (same folded form, or contained in a better phrase), at most 10, scores divided by the best.
 *
 * <p>Score of a phrase: {@code (1 + ln tf) · mean idf of its words · (1 + 0.25 · (words − 1)) ·
 * position}, position = 1.25 when it first occurs in the first fifth of the text, else 1.
 * Stage {@code keyphrases}; requires TOKENS; produces KEYPHRASES. Thread-safe.
 */
public final class KeyphraseExtractor implements Stage {
    public static final int MAX_PHRASES = 10;

    private final Map<String, DocumentFrequencies> dfByLang;

    /** Uses the tables shipped in {@code models/topics/} (a language without one ranks by frequency). */
    public KeyphraseExtractor() {
        this(Holder.SHIPPED);
    }

    public KeyphraseExtractor(Map<String, DocumentFrequencies> dfByLang) {
        this.dfByLang = Map.copyOf(dfByLang);
    }

    private static final class Holder {
        static final Map<String, DocumentFrequencies> SHIPPED = loadShipped();

        private static Map<String, DocumentFrequencies> loadShipped() {
            Map<String, DocumentFrequencies> m = new LinkedHashMap<>();
            for (String lang : List.of("ja", "en")) {
                String file = "topics/df-" + lang + ".tsv";
                if (Models.exists(file)) { // a language without a table ranks by frequency
                    try (java.io.BufferedReader r = Models.reader(file)) {
                        m.put(lang, DocumentFrequencies.read(r));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
            return m;
        }
    }

    @Override
    public String name() {
        return "keyphrases";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.KEYPHRASES);
    }

    @Override
    public Document process(Document doc) {
        return doc.withKeyphrases(extract(doc));
    }

    private record Scored(String text, String key, double score, int first) {
    }

    /** Occurrences of one folded phrase; the first occurrence gives its display text. */
    private static final class Group {
        final String key;
        final PhraseCandidate first;
        int count;

        Group(String key, PhraseCandidate first) {
            this.key = key;
            this.first = first;
        }
    }

    public List<KeyPhrase> extract(Document doc) {
        String lang = TopicClassifier.langOf(doc);
        DocumentFrequencies df = dfByLang.getOrDefault(lang, DocumentFrequencies.empty());
        List<PhraseCandidate> cands = PhraseCandidates.extract(lang, doc.text(), doc.tokens());
        Map<String, Group> byKey = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        for (PhraseCandidate c : cands) {
            Group g = byKey.get(c.text());
            if (g == null) {
                String key = fold(c.text());
                g = byKey.get(key);
                if (g == null) {
                    g = new Group(key, c);
                    byKey.put(key, g);
                    groups.add(g);
                }
                byKey.put(c.text(), g);
            }
            g.count++;
        }
        int lead = Math.max(1, doc.text().length() / 5);
        List<Scored> scored = new ArrayList<>(groups.size());
        for (Group g : groups) {
            PhraseCandidate first = g.first;
            double idf = 0;
            for (String w : first.words()) {
                idf += df.idf(w);
            }
            idf /= first.words().size();
            double s = (1 + Math.log(g.count)) * idf * (1 + 0.25 * (first.words().size() - 1))
                    * (first.start() < lead ? 1.25 : 1.0);
            scored.add(new Scored(first.text(), g.key, s, first.start()));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparingInt(Scored::first)
                .thenComparing(Scored::key));
        List<Scored> kept = new ArrayList<>();
        for (Scored s : scored) {
            if (kept.size() >= MAX_PHRASES) {
                break;
            }
            boolean dup = kept.stream().anyMatch(k -> k.key().contains(s.key()) || s.key().contains(k.key()));
            if (!dup) {
                kept.add(s);
            }
        }
        double max = kept.isEmpty() ? 1 : kept.get(0).score();
        List<KeyPhrase> out = new ArrayList<>();
        for (Scored s : kept) {
            out.add(new KeyPhrase(s.text(), Math.round(s.score() / max * 10000) / 10000.0));
        }
        return out;
    }

    /** Folded form for near-duplicate detection: lookup form without spaces and middle dots. */
    static String fold(String text) {
        String k = TopicLexicon.key(text);
        StringBuilder sb = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (!Character.isWhitespace(c) && c != '・' && c != '-') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
