package dev.kiji.langid;

import dev.kiji.doc.Document;
import dev.kiji.doc.DocumentException;
import dev.kiji.doc.ErrorCode;
import dev.kiji.doc.Layer;
import dev.kiji.pipeline.Stage;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a document is Japanese ({@code ja}) or English ({@code en}); anything else is an
 * {@link ErrorCode#UNSUPPORTED_LANGUAGE} error, never a guess. Japanese is recognised by kana, so
 * Latin-script names inside Japanese text do not make it English; Chinese (Han without kana) and
 * Korean are rejected; Latin-script text must look English by its function words.
 *
 * <p>A language declared by the input ({@link Document#langHint()}) is trusted.
 */
public final class LanguageDetector implements Stage {
    /** Only this many leading characters are inspected. */
    static final int SAMPLE = 20_000;

    @Override
    public String name() {
        return "langid";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.NORMALIZED);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.LANGUAGE);
    }

    @Override
    public Document process(Document doc) {
        return doc.withLang(detect(doc.langHint(), doc.normalized().text()));
    }

    /** Returns {@code ja} or {@code en}, or throws {@link DocumentException} with the reason. */
    public static String detect(String hint, String text) {
        if (hint != null && !hint.isBlank()) {
            String h = hint.trim().toLowerCase(Locale.ROOT);
            String primary = h.split("[-_]")[0];
            if (primary.equals("ja") || primary.equals("en")) {
                return primary;
            }
            throw unsupported("the input declares language '" + hint + "'");
        }
        ScriptCounts c = ScriptCounts.of(text, SAMPLE);
        int letters = c.letters();
        if (letters == 0) {
            throw unsupported("the text has no letters");
        }
        int cjk = c.kana() + c.han();
        if (c.kana() > 0 && c.kana() * 10 >= cjk && cjk * 2 >= c.latin() / 2) {
            return "ja";
        }
        if (c.hangul() * 5 >= letters) {
            throw unsupported(share("Hangul", c.hangul(), letters) + ": looks Korean");
        }
        if (cjk * 2 >= letters) {
            throw unsupported(share("Han", c.han(), letters) + " with little kana: looks Chinese");
        }
        if (c.latin() * 2 < letters) {
            throw unsupported("mostly " + (c.cyrillic() > c.other() ? "Cyrillic" : "non-Latin") + " script");
        }
        return latinLanguage(text);
    }

    private static String latinLanguage(String text) {
        int[] words = new int[1];
        Map<String, Integer> hits = FunctionWords.hits(text, SAMPLE, words);
        int en = hits.getOrDefault(FunctionWords.ENGLISH, 0);
        String best = FunctionWords.ENGLISH;
        int bestHits = en;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(hits).entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        if (!best.equals(FunctionWords.ENGLISH)) {
            throw unsupported("function words look like '" + best + "' (" + bestHits + " vs " + en + " English)");
        }
        // Long texts must actually contain English function words; a short headline may have none.
        if (words[0] >= 20 && en * 20 < words[0]) {
            throw unsupported("Latin-script text without English function words");
        }
        return FunctionWords.ENGLISH;
    }

    private static String share(String script, int n, int letters) {
        return String.format(Locale.ROOT, "%s %d%% of letters", script, Math.round(100.0 * n / letters));
    }

    private static DocumentException unsupported(String why) {
        return new DocumentException(ErrorCode.UNSUPPORTED_LANGUAGE, why + "; kiji supports ja and en");
    }
}
