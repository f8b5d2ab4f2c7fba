package dev.kiji.doc;

import java.util.Objects;

/**
 * A distinct thing an article talks about: the target of one or more {@link Mention}s.
 *
 * @param id       stable identifier: {@code wd:Q…} when a Wikidata QID is known, else the
 *                 knowledge base's own id, else {@code nil:…} derived from type and canonical name
 * @param type     type shared by its mentions
 * @param subtype  organization subtype or {@code null}
 * @param name     canonical name (English where known)
 * @param nameJa   canonical Japanese name, or {@code null}
 * @param wikidata Wikidata QID such as {@code Q6279}, or {@code null}
 * @param salience importance in the article, in [0, 1]
 * @param mentions number of mentions pointing at it
 */
public record Entity(String id, EntityType type, Subtype subtype, String name, String nameJa, String wikidata,
        double salience, int mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (salience < 0 || salience > 1 || Double.isNaN(salience)) {
            throw new IllegalArgumentException("salience out of [0,1]: " + salience);
        }
        if (mentions < 1) {
            throw new IllegalArgumentException("an entity has at least one mention");
        }
    }
}
