package dev.kiji.lang.ja;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;

/** Tokens {@code [from, to)} recognised as one mention of {@code type}. */
record Chunk(int from, int to, EntityType type, Subtype subtype) {
    Chunk {
        if (to <= from) {
            throw new IllegalArgumentException("empty chunk");
        }
    }
}
