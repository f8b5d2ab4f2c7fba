package dev.kiji.topic;

import dev.kiji.models.Models;
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

    /** A model from the given files (e.g. a lexicon written by {@link TopicTrainer}). */
    public static TopicModel load(java.nio.file.Path lexicon, java.nio.file.Path entityRules) {
        return new TopicModel(TopicLexicon.load(lexicon), EntityRules.load(entityRules));
    }

    /** A trained lexicon with the shipped entity rules. */
    public static TopicModel withLexicon(java.nio.file.Path lexicon) {
        return new TopicModel(TopicLexicon.load(lexicon), shipped().rules());
    }

    /** The model shipped in {@code models/topics/}, loaded on first use. */
    public static TopicModel shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final TopicModel SHIPPED = loadShipped();

        private static TopicModel loadShipped() {
            try {
                return new TopicModel(
                        TopicLexicon.parse(Models.lines("topics/" + LEXICON_FILE), "models/topics/" + LEXICON_FILE),
                        EntityRules.parse(Models.lines("topics/" + ENTITY_RULES_FILE),
                                "models/topics/" + ENTITY_RULES_FILE));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
