package dev.kiji.topic;

import java.util.Objects;

/**
 * The resources of {@link TopicClassifier}: the term lexicon and the entity rules. Immutable and
 * shared; the shipped one is loaded once from {@code models/topics/}.
 */
public record TopicModel(TopicLexicon lexicon, EntityRules rules) {
    public static final String LEXICON_FILE = "lexicon.txt";
    public static final String ENTITY_RULES_FILE = "entity-rules.txt";

    public TopicModel {
        Objects.requireNonNull(lexicon, "lexicon");
        Objects.requireNonNull(rules, "rules");
    }

    /** The model shipped in {@code models/topics/}, loaded on first use. */
    public static TopicModel shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final TopicModel SHIPPED = new TopicModel(
                TopicLexicon.load(ModelFiles.topicsFile(LEXICON_FILE)),
                EntityRules.load(ModelFiles.topicsFile(ENTITY_RULES_FILE)));
    }
}
