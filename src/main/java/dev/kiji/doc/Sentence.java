package dev.kiji.doc;

/** One sentence; its span covers the sentence text without surrounding whitespace. */
public record Sentence(CharSpan span) {
    public Sentence {
        java.util.Objects.requireNonNull(span, "span");
    }
}
