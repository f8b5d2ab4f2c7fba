package dev.kiji.topic;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper standing in for the English tokenizer stage (CoreNLP). Two ways to build tokens:
 * {@link #tagged} takes {@code word/TAG} or {@code word/TAG/lemma} items separated by spaces (the
 * document text is the words joined by single spaces); {@link #plain} splits plain text into
 * words with a rough tag (function word, proper noun, number, noun) and a rough lemma (plural
 * {@code -s} stripped), enough for topic cues.
 */
final class EnglishTestTokens {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-]*|[^\\s\\p{L}\\p{N}]");
    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for",
            "and", "or", "but", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its",
            "their", "they", "he", "she", "his", "her", "that", "this", "these", "those", "after", "before",
            "over", "about", "into", "than", "not", "has", "have", "had", "will", "would", "could", "should");
    private static final Set<String> NO_PLURAL = Set.of("news", "series", "species", "us", "bus", "gas", "this",
            "is", "was", "has", "its", "always", "crisis", "analysis", "physics", "politics", "economics", "sports",
            "olympics", "athletics", "press", "class", "business", "process", "status", "virus", "chess", "tennis");

    private EnglishTestTokens() {
    }

    static Document tagged(String items) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String item : items.trim().split("\\s+")) {
            String[] f = item.split("/");
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(f[0]);
            String lemma = f.length > 2 ? f[2] : f[0];
            tokens.add(new Token(new CharSpan(start, text.length()), f[0], lemma, f[1], null));
        }
        return doc(text.toString(), tokens, List.of());
    }

    static Document plain(String text) {
        return plain(text, List.of());
    }

    static Document plain(String text, List<Mention> mentions) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        boolean sentenceStart = true;
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            String tag;
            String lemma = w;
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                tag = w.equals(".") ? "." : ",";
            } else if (FUNCTION.contains(lower)) {
                tag = "DT";
            } else if (Character.isDigit(w.charAt(0))) {
                tag = "CD";
            } else if (Character.isUpperCase(w.charAt(0)) && !sentenceStart) {
                tag = "NNP";
            } else {
                tag = "NN";
                lemma = singular(lower);
            }
            tokens.add(new Token(new CharSpan(m.start(), m.end()), w, lemma, tag, null));
            sentenceStart = w.equals(".");
        }
        return doc(text, tokens, mentions);
    }

    private static String singular(String w) {
        if (NO_PLURAL.contains(w) || w.length() < 4) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static Document doc(String text, List<Token> tokens, List<Mention> mentions) {
        return Document.create("en-test", "test", null, null, null, "en", text)
                .withLang("en")
                .withTokens(tokens)
                .withMentions(mentions);
    }
}
