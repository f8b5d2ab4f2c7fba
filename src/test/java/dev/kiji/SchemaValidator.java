package dev.kiji;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Validates records against the kiji/1 JSON Schema shipped in the jar. */
public final class SchemaValidator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private SchemaValidator() {
    }

    private static JsonSchema load() {
        try (InputStream in = SchemaValidator.class.getResourceAsStream("/dev/kiji/schema/kiji-1.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("schema missing from classpath");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validation messages for one record line; empty when valid. */
    public static Set<ValidationMessage> validate(String recordJson) {
        try {
            JsonNode node = JSON.readTree(recordJson);
            return SCHEMA.validate(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
