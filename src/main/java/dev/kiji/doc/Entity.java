package dev.kiji.doc;

import java.util.Objects;

/**
 * A distinct thing an article talks about: the target of one or more {@link Mention}s.
 *
 * @param id       stable identifier (see the linking stage for the scheme)
 * @param type     type shared by its mentions
 * @param subtype  organization subtype or {@code null}
 * @param name     canonical name
 * @param mentions number of mentions pointing at it
 */
public record Entity(String id, EntityType type, Subtype subtype, String name, int mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
