package dev.kiji.topic;

import dev.kiji.doc.Token;
import java.util.List;

/**
 * Finds lexicon terms in a token sequence: at each token, the longest run of up to
 * {@link #window} tokens whose joined lemmas form a lexicon term wins, and matching resumes after
 * it (so {@code 安全保障} is not also counted as {@code 保障}). Japanese lemmas are joined without a
 * separator (compound nouns), English ones with a space. Function words and punctuation never
 * start a match.
 */
final class TermMatcher {
    private static final int JA_WINDOW = 5;

    private final TopicLexicon lexicon;

    TermMatcher(TopicLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Counts the content tokens (the length used to normalize evidence) and tallies matches; a
     * match ending before {@code leadEnd} (the headline or first sentence) weighs
     * {@code leadWeight} times as much.
     */
    int match(String lang, List<Token> tokens, int leadEnd, double leadWeight, EvidenceTally tally) {
        boolean ja = "ja".equals(lang);
        int window = ja ? JA_WINDOW : lexicon.maxWords();
        int n = tokens.size();
        String[] keys = new String[n];
        boolean[] content = new boolean[n];
        int contentCount = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            content[i] = ja ? TokenClasses.isJapaneseContent(t) : TokenClasses.isEnglishContent(t);
            if (content[i]) {
                contentCount++;
            }
        }
        int i = 0;
        while (i < n) {
            if (!content[i]) {
                i++;
                continue;
            }
            int matched = 0;
            String term = null;
            List<LexiconEntry> entries = null;
            String cand = key(keys, tokens, i);
            for (int k = 1; ; k++) {
                List<LexiconEntry> found = lexicon.find(lang, cand);
                if (found == null) {
                    break;
                }
                if (!found.isEmpty()) {
                    matched = k;
                    term = cand;
                    entries = found;
                }
                if (k >= window || i + k >= n) {
                    break;
                }
                String next = key(keys, tokens, i + k);
                cand = ja ? cand.concat(next) : cand + " " + next;
            }
            if (matched == 0) {
                i++;
                continue;
            }
            double m = tokens.get(i + matched - 1).span().end() <= leadEnd ? leadWeight : 1.0;
            for (LexiconEntry e : entries) {
                tally.add(e.topic(), term, e.weight() * m);
            }
            i += matched;
        }
        return contentCount;
    }

    private static String key(String[] keys, List<Token> tokens, int i) {
        if (keys[i] == null) {
            keys[i] = TopicLexicon.key(lemmaOf(tokens.get(i)));
        }
        return keys[i];
    }

    static String lemmaOf(Token t) {
        String l = t.lemma();
        return l == null || l.isEmpty() || "*".equals(l) ? t.surface() : l;
    }
}
