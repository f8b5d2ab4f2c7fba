package dev.kiji.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiji.doc.Document;
import dev.kiji.doc.DocumentException;
import dev.kiji.doc.ErrorCode;
import java.util.Locale;

/**
 * One JSON Lines article: an object with {@code text} or {@code body} (string, required; plain
 * text, never HTML), optional {@code id} (string or number), {@code title}, {@code published},
 * {@code url} and {@code lang} (strings or null). Other fields are ignored.
 */
final class JsonRecord {
    /** Line length is bounded by {@link JsonLines}; Jackson's own string limit would be lower. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private JsonRecord() {
    }

    /** The record's id if it has a valid one, else {@code null}; never throws. */
    static String idOf(JsonNode node) {
        JsonNode id = node == null ? null : node.get("id");
        return id != null && (id.isTextual() || id.isNumber()) && !id.asText().isBlank() ? id.asText() : null;
    }

    /** Parses a line into a JSON object. @throws DocumentException MALFORMED_RECORD */
    static JsonNode parse(String line, long number) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw malformed(number, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw malformed(number, "not a JSON object but " + (node == null ? "nothing" : kind(node)));
        }
        return node;
    }

    /** @throws DocumentException MALFORMED_RECORD, EMPTY or TOO_LARGE */
    static Document toDocument(JsonNode node, long number, String id, String source, Limits limits) {
        JsonNode idNode = node.get("id");
        if (idNode != null && !idNode.isNull() && !idNode.isTextual() && !idNode.isNumber()) {
            throw malformed(number, "field 'id' must be a string or number, not " + kind(idNode));
        }
        String field = "text";
        JsonNode text = node.get(field);
        if (text == null || text.isNull()) {
            field = "body";
            text = node.get(field);
        }
        if (text == null || text.isNull()) {
            throw malformed(number, "no 'text' or 'body' string");
        }
        if (!text.isTextual()) {
            throw malformed(number, "field '" + field + "' must be a string, not " + kind(text));
        }
        String title = optionalString(node, "title", number);
        String published = optionalString(node, "published", number);
        String url = optionalString(node, "url", number);
        String lang = optionalString(node, "lang", number);
        limits.check(text.asText());
        return Document.create(id, source, title, PublishedDate.normalize(published), url, lang, text.asText());
    }

    private static String optionalString(JsonNode node, String field, long number) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw malformed(number, "field '" + field + "' must be a string, not " + kind(v));
        }
        return v.asText();
    }

    private static String kind(JsonNode n) {
        return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    static DocumentException malformed(long number, String what) {
        return new DocumentException(ErrorCode.MALFORMED_RECORD, "line " + number + ": " + what);
    }
}
