package dev.kiji.link.kb;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One knowledge-base record, exactly one line of a KB JSON Lines file (see models/kb/README.md).
 *
 * @param id          the KB's own stable id, e.g. {@code kb:org:bank_of_japan}
 * @param type        kiji entity type (never a value type)
 * @param subtype     organization subtype or {@code null}
 * @param labels      preferred English and Japanese names
 * @param aliases     other names per language (abbreviations, short forms, spelling variants)
 * @param wikidata    Wikidata QID such as {@code Q6279}, or {@code null} when not known for sure
 * @param description short free text; its words also serve as linking context
 */
@JsonIgnoreProperties(ignoreUnknown = false)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "type", "subtype", "labels", "aliases", "wikidata", "description"})
public record KbEntry(String id, EntityType type, Subtype subtype, Labels labels, Aliases aliases, String wikidata,
        String description) {

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public KbEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type of " + id);
        if (type.isValue()) {
            throw new IllegalArgumentException(id + ": value type " + type + " cannot be a KB entity");
        }
        if (subtype != null && type != EntityType.ORGANIZATION) {
            throw new IllegalArgumentException(id + ": subtype on " + type);
        }
        labels = labels == null ? new Labels(null, null) : labels;
        if (labels.en() == null && labels.ja() == null) {
            throw new IllegalArgumentException(id + ": needs an en or ja label");
        }
        aliases = aliases == null ? new Aliases(List.of(), List.of()) : aliases;
        if (wikidata != null && !QID.matcher(wikidata).matches()) {
            throw new IllegalArgumentException(id + ": bad QID " + wikidata);
        }
        description = description == null ? "" : description;
    }

    /** Prefix of the ids of the countries and territories the builder writes from CLDR ({@code kb:country:jp}). */
    public static final String COUNTRY_ID_PREFIX = "kb:country:";

    /** True for a country or territory entry ({@link #COUNTRY_ID_PREFIX}); no field of the KB line. */
    @JsonIgnore
    public boolean isCountry() {
        return id.startsWith(COUNTRY_ID_PREFIX);
    }

    /** Prefix of the ids of the organizations the builder imports from ENAMDICT's name list ({@code kb:org:ed_…}). */
    public static final String ENAMDICT_ID_PREFIX = "kb:org:ed_";

    /**
     * True for an id of an organization imported from ENAMDICT ({@link #ENAMDICT_ID_PREFIX}), which says little more
     * than the name; false for null.
     */
    public static boolean isEnamdictImport(String id) {
        return id != null && id.startsWith(ENAMDICT_ID_PREFIX);
    }

    /** The id kiji emits: {@code wd:Q…} when the QID is known, else the KB id. */
    public String entityId() {
        return wikidata != null ? "wd:" + wikidata : id;
    }

    /** The label and then the aliases of one language, English or Japanese. */
    public List<String> names(boolean english) {
        String label = english ? labels.en() : labels.ja();
        List<String> other = english ? aliases.en() : aliases.ja();
        List<String> out = new ArrayList<>(other.size() + 1);
        if (label != null) {
            out.add(label);
        }
        out.addAll(other);
        return out;
    }

    /** English label, falling back to the Japanese one. */
    public String nameEn() {
        return labels.en() != null ? labels.en() : labels.ja();
    }

    /** Preferred names per language. Either may be {@code null}, not both. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Labels(String en, String ja) {
    }

    /** Alternative names per language; never {@code null} lists. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Aliases(List<String> en, List<String> ja) {
        public Aliases {
            en = en == null ? List.of() : List.copyOf(en);
            ja = ja == null ? List.of() : List.copyOf(ja);
        }
    }
}
