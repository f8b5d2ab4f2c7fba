package dev.kiji.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One gold file of the test corpus ({@code test-corpus/gold/{ja,en}/*.json}). Offsets are code
 * points into the article text.
 *
 * @param article path of the article, relative to the corpus root
 * @param pair    id shared by the Japanese and English article about the same story, or {@code null}
 * @param topics  IPTC Media Topic codes, the first one primary
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record GoldDocument(String article, String lang, String pair, List<String> topics,
        List<GoldEntity> entities, List<GoldMention> mentions) {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public GoldDocument {
        topics = topics == null ? List.of() : List.copyOf(topics);
        entities = entities == null ? List.of() : List.copyOf(entities);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /**
     * Every gold file ({@code *.json}) under {@code goldDir}, recursively, in sorted order: only this
     * gold set, never a sibling one (heldout/ beside gold/).
     */
    public static List<Path> files(Path goldDir) throws IOException {
        try (Stream<Path> s = Files.walk(goldDir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** Reads one gold file; unknown fields are an error. */
    public static GoldDocument read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), GoldDocument.class);
    }

    /** A gold entity; {@code fictional} ones must stay NIL. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record GoldEntity(String id, EntityType type, Subtype subtype, String name,
            @JsonProperty("name_ja") String nameJa, boolean fictional) {
    }

    /**
     * A gold mention, code-point offsets {@code [start, end)}; {@code entity} is null and
     * {@code value} set for value types (DATE, MONEY, PERCENT).
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record GoldMention(int start, int end, String text, EntityType type, Subtype subtype, String value,
            String entity) {

        /**
         * This mention's span in UTF-16 units of {@code articleText}, or {@code null} when the
         * code-point offsets are out of range or do not cover {@link #text()}.
         */
        public CharSpan span(String articleText) {
            try {
                int a = articleText.offsetByCodePoints(0, start);
                int b = articleText.offsetByCodePoints(a, end - start);
                CharSpan s = new CharSpan(a, b);
                return s.slice(articleText).equals(text) ? s : null;
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                return null;
            }
        }
    }
}
