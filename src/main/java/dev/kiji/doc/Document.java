package dev.kiji.doc;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An article and its annotations. Immutable: stages return a new instance via the {@code with}
 * methods. A layer is present when its field is non-null (an empty list is a present, empty
 * layer). All spans are {@link CharSpan}s into {@link #text()}.
 */
public final class Document {
    private final String id;
    private final String source;
    private final String title;
    private final String published;
    private final String url;
    private final String langHint;
    private final String text;
    private final NormalizedText normalized;
    private final String lang;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final List<Entity> entities;
    private final List<Topic> topics;
    private final List<KeyPhrase> keyphrases;

    private Document(String id, String source, String title, String published, String url, String langHint,
            String text, NormalizedText normalized, String lang, List<Sentence> sentences, List<Token> tokens,
            List<Mention> mentions, List<Entity> entities, List<Topic> topics, List<KeyPhrase> keyphrases) {
        this.id = Objects.requireNonNull(id, "id");
        this.source = Objects.requireNonNull(source, "source");
        this.title = title;
        this.published = published;
        this.url = url;
        this.langHint = langHint;
        this.text = Objects.requireNonNull(text, "text");
        this.normalized = normalized;
        this.lang = lang;
        this.sentences = copy(sentences);
        this.tokens = copy(tokens);
        this.mentions = copy(mentions);
        this.entities = copy(entities);
        this.topics = copy(topics);
        this.keyphrases = copy(keyphrases);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    /**
     * A new document with only the {@link Layer#TEXT} layer.
     *
     * @param langHint language declared by the input (JSON Lines {@code lang}), or {@code null}
     */
    public static Document create(String id, String source, String title, String published, String url,
            String langHint, String text) {
        return new Document(id, source, title, published, url, langHint, text, null, null, null, null, null, null,
                null, null);
    }

    public String id() { return id; }
    public String source() { return source; }
    public String title() { return title; }
    public String published() { return published; }
    public String url() { return url; }
    public String langHint() { return langHint; }
    public String text() { return text; }
    public NormalizedText normalized() { return normalized; }
    public String lang() { return lang; }
    public List<Sentence> sentences() { return sentences; }
    public List<Token> tokens() { return tokens; }
    public List<Mention> mentions() { return mentions; }
    public List<Entity> entities() { return entities; }
    public List<Topic> topics() { return topics; }
    public List<KeyPhrase> keyphrases() { return keyphrases; }

    /** The layers this document carries. */
    public Set<Layer> layers() {
        EnumSet<Layer> s = EnumSet.of(Layer.TEXT);
        if (normalized != null) s.add(Layer.NORMALIZED);
        if (lang != null) s.add(Layer.LANGUAGE);
        if (sentences != null) s.add(Layer.SENTENCES);
        if (tokens != null) s.add(Layer.TOKENS);
        if (mentions != null) s.add(Layer.MENTIONS);
        if (entities != null) s.add(Layer.ENTITIES);
        if (topics != null) s.add(Layer.TOPICS);
        if (keyphrases != null) s.add(Layer.KEYPHRASES);
        return s;
    }

    public Document withNormalized(NormalizedText n) {
        return new Document(id, source, title, published, url, langHint, text, n, lang, sentences, tokens,
                mentions, entities, topics, keyphrases);
    }

    public Document withLang(String l) {
        return new Document(id, source, title, published, url, langHint, text, normalized, l, sentences, tokens,
                mentions, entities, topics, keyphrases);
    }

    public Document withSentences(List<Sentence> s) {
        return new Document(id, source, title, published, url, langHint, text, normalized, lang, s, tokens,
                mentions, entities, topics, keyphrases);
    }

    public Document withTokens(List<Token> t) {
        return new Document(id, source, title, published, url, langHint, text, normalized, lang, sentences, t,
                mentions, entities, topics, keyphrases);
    }

    public Document withMentions(List<Mention> m) {
        return new Document(id, source, title, published, url, langHint, text, normalized, lang, sentences, tokens,
                m, entities, topics, keyphrases);
    }

    public Document withEntities(List<Mention> m, List<Entity> e) {
        return new Document(id, source, title, published, url, langHint, text, normalized, lang, sentences, tokens,
                m, e, topics, keyphrases);
    }

    public Document withTopics(List<Topic> t) {
        return new Document(id, source, title, published, url, langHint, text, normalized, lang, sentences, tokens,
                mentions, entities, t, keyphrases);
    }

    public Document withKeyphrases(List<KeyPhrase> k) {
        return new Document(id, source, title, published, url, langHint, text, normalized, lang, sentences, tokens,
                mentions, entities, topics, k);
    }
}
