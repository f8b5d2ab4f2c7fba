package dev.kiji.doc;

import java.util.Objects;

/**
 * One occurrence of an entity or value in the text.
 *
 * @param span    where it is, in {@link Document#text()}
 * @param text    exactly {@code span.slice(document.text())}
 * @param type    its type
 * @param subtype organization subtype, {@code null} for other types
 * @param value   normalized value for value types (ISO date, amount), else {@code null}
 * @param entity  id of the {@link Entity} it belongs to, {@code null} until entities are built
 */
public record Mention(CharSpan span, String text, EntityType type, Subtype subtype, String value, String entity) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (subtype != null && type != EntityType.ORGANIZATION) {
            throw new IllegalArgumentException("subtype " + subtype + " on " + type);
        }
    }

    public static Mention of(CharSpan span, CharSequence docText, EntityType type, Subtype subtype, String value) {
        return new Mention(span, span.slice(docText), type, subtype, value, null);
    }

    public Mention withEntity(String entityId) {
        return new Mention(span, text, type, subtype, value, entityId);
    }

    /** This mention pointing at {@code e}, with the entity's type and subtype. */
    public Mention linkedTo(Entity e) {
        return new Mention(span, text, e.type(), e.subtype(), value, e.id());
    }
}
