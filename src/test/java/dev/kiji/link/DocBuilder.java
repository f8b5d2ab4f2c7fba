package dev.kiji.link;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds test documents: title line + body, mentions and tokens located at successive occurrences. */
final class DocBuilder {
    private final String id;
    private final String lang;
    private final String title;
    private final String text;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private final Map<String, Integer> mentionCursor = new HashMap<>();
    private final Map<String, Integer> tokenCursor = new HashMap<>();

    DocBuilder(String id, String lang, String title, String body) {
        this.id = id;
        this.lang = lang;
        this.title = title;
        this.text = title + "\n" + body;
    }

    static DocBuilder ja(String title, String body) {
        return new DocBuilder("ja-test", "ja", title, body);
    }

    static DocBuilder en(String title, String body) {
        return new DocBuilder("en-test", "en", title, body);
    }

    DocBuilder m(String surface, EntityType type) {
        return m(surface, type, null);
    }

    DocBuilder m(String surface, EntityType type, Subtype subtype) {
        int at = next(surface, mentionCursor);
        mentions.add(Mention.of(new CharSpan(at, at + surface.length()), text, type, subtype, null));
        return this;
    }

    /** A value mention, e.g. a date. */
    DocBuilder v(String surface, EntityType type, String value) {
        int at = next(surface, mentionCursor);
        mentions.add(Mention.of(new CharSpan(at, at + surface.length()), text, type, null, value));
        return this;
    }

    DocBuilder t(String surface, String reading, String pos) {
        int at = next(surface, tokenCursor);
        tokens.add(new Token(new CharSpan(at, at + surface.length()), surface, surface, pos, reading));
        return this;
    }

    /** Family-name token then given-name token, as Kuromoji tags a Japanese personal name. */
    DocBuilder person(String family, String familyReading, String given, String givenReading) {
        return t(family, familyReading, "名詞-固有名詞-人名-姓").t(given, givenReading, "名詞-固有名詞-人名-名");
    }

    private int next(String surface, Map<String, Integer> cursor) {
        int from = cursor.getOrDefault(surface, 0);
        int at = text.indexOf(surface, from);
        if (at < 0) {
            throw new IllegalArgumentException("no further '" + surface + "' in test text");
        }
        cursor.put(surface, at + surface.length());
        return at;
    }

    Document build() {
        mentions.sort(Comparator.comparing(Mention::span));
        tokens.sort(Comparator.comparing(Token::span));
        return Document.create(id, "test", title, null, null, lang, text).withLang(lang)
                .withTokens(tokens).withMentions(mentions);
    }
}
