package dev.kiji.topic;

import java.util.List;

/**
 * One key-phrase occurrence: its display text, the lookup keys of its words (for document
 * frequencies) and where it starts (UTF-16 offset into the document text).
 */
record PhraseCandidate(String text, List<String> words, int start) {
    PhraseCandidate {
        words = List.copyOf(words);
    }
}
