package dev.kiji.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.Entity;
import dev.kiji.doc.Failure;
import dev.kiji.doc.KeyPhrase;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Sentence;
import dev.kiji.doc.Token;
import dev.kiji.doc.Topic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Serializes documents and failures as {@code kiji/1} records (see {@code kiji-1.schema.json}).
 * Field order is fixed and numbers are rounded to 4 decimals so output is byte-identical across
 * runs; only {@code stats.millis} varies.
 */
public final class RecordWriter {
    public static final String SCHEMA = "kiji/1";
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final OutputOptions options;

    public RecordWriter(OutputOptions options) {
        this.options = options;
    }

    /** One record as UTF-8 bytes, terminated by a newline. */
    public byte[] document(Document doc, long millis) {
        return render(g -> writeDocument(g, doc, millis));
    }

    /** One error record as UTF-8 bytes, terminated by a newline. */
    public byte[] failure(Failure f) {
        return render(g -> {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("id", f.id());
            g.writeStringField("source", f.source());
            g.writeObjectFieldStart("error");
            g.writeStringField("code", f.code().name());
            g.writeStringField("message", f.message());
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private byte[] render(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            if (options.pretty()) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private void writeDocument(JsonGenerator g, Document doc, long millis) throws IOException {
        OffsetConverter off = OffsetConverter.of(doc.text(), options.offsets());
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA);
        g.writeStringField("id", doc.id());
        g.writeStringField("source", doc.source());
        g.writeStringField("lang", doc.lang());
        g.writeStringField("title", doc.title());
        g.writeStringField("published", doc.published());
        g.writeStringField("url", doc.url());
        g.writeStringField("text", doc.text());
        g.writeArrayFieldStart("sentences");
        for (Sentence s : orEmpty(doc.sentences())) {
            g.writeStartObject();
            span(g, s.span(), off);
            g.writeEndObject();
        }
        g.writeEndArray();
        if (options.tokens()) {
            g.writeArrayFieldStart("tokens");
            for (Token t : orEmpty(doc.tokens())) {
                g.writeStartObject();
                span(g, t.span(), off);
                g.writeStringField("surface", t.surface());
                g.writeStringField("lemma", t.lemma());
                g.writeStringField("pos", t.pos());
                g.writeStringField("reading", t.reading());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("mentions");
        for (Mention m : orEmpty(doc.mentions())) {
            g.writeStartObject();
            span(g, m.span(), off);
            g.writeStringField("text", m.text());
            g.writeStringField("type", m.type().name());
            g.writeStringField("subtype", m.subtype() == null ? null : m.subtype().name());
            g.writeStringField("value", m.value());
            g.writeStringField("entity", m.entity());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("entities");
        for (Entity e : orEmpty(doc.entities())) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type().name());
            g.writeStringField("subtype", e.subtype() == null ? null : e.subtype().name());
            g.writeStringField("name", e.name());
            g.writeStringField("name_ja", e.nameJa());
            g.writeStringField("wikidata", e.wikidata());
            g.writeFieldName("salience");
            g.writeNumber(round(e.salience()));
            g.writeNumberField("mentions", e.mentions());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("topics");
        for (Topic t : orEmpty(doc.topics())) {
            g.writeStartObject();
            g.writeStringField("code", t.code());
            g.writeStringField("label", t.label());
            g.writeStringField("label_ja", t.labelJa());
            g.writeFieldName("score");
            g.writeNumber(round(t.score()));
            g.writeBooleanField("primary", t.primary());
            g.writeArrayFieldStart("evidence");
            for (String ev : t.evidence()) {
                g.writeString(ev);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("keyphrases");
        for (KeyPhrase k : orEmpty(doc.keyphrases())) {
            g.writeStartObject();
            g.writeStringField("text", k.text());
            g.writeFieldName("score");
            g.writeNumber(round(k.score()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("stats");
        g.writeNumberField("chars", off.convert(doc.text().length()));
        g.writeNumberField("tokens", orEmpty(doc.tokens()).size());
        g.writeNumberField("millis", millis);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, CharSpan span, OffsetConverter off) throws IOException {
        g.writeNumberField("start", off.convert(span.start()));
        g.writeNumberField("end", off.convert(span.end()));
    }

    private static BigDecimal round(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? BigDecimal.ZERO : d;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
