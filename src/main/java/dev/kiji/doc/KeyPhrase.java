package dev.kiji.doc;

/** A ranked key phrase of a document. */
public record KeyPhrase(String text, double score) {
}
