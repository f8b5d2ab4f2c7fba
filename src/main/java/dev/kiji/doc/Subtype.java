package dev.kiji.doc;

/** Subtype of {@link EntityType#ORGANIZATION}; other types have none. */
public enum Subtype {
    COMPANY,
    POLITICAL,
    OTHER
}
