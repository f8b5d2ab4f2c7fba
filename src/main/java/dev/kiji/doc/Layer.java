package dev.kiji.doc;

/** The annotation layers a {@link Document} can carry; stages declare which they need and add. */
public enum Layer {
    /** Original text, id, source, title; every document has it. */
    TEXT,
    /** {@link NormalizedText} for matching, with its map back to the original text. */
    NORMALIZED,
    /** The document language, {@code ja} or {@code en}. */
    LANGUAGE,
    SENTENCES,
    TOKENS,
    /** Typed mentions, not yet grouped into entities. */
    MENTIONS,
    /** Entities, with every mention pointing at one. */
    ENTITIES,
    TOPICS,
    KEYPHRASES
}
