package dev.kiji.doc;

import java.util.Objects;

/**
 * One token. {@code surface} is exactly {@code span.slice(document.text())}; {@code lemma} is the
 * base form; {@code pos} is the tagger's tag (full IPADIC feature path such as
 * {@code 名詞-固有名詞-地域-国} for Japanese, Penn Treebank for English); {@code reading} is the
 * katakana reading for Japanese and {@code null} otherwise.
 */
public record Token(CharSpan span, String surface, String lemma, String pos, String reading) {
    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
    }
}
