package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.Layer;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Token;
import dev.kiji.lang.CelestialBodies;
import dev.kiji.models.Models;
import dev.kiji.pipeline.Lazy;
import dev.kiji.pipeline.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Japanese named-entity stage ("ner-ja"): tags the document's Kuromoji tokens with the
 * character-level model in {@code models/ner-ja} and adds PERSON, ORGANIZATION (with subtype),
 * LOCATION, FACILITY, PRODUCT and EVENT mentions whose spans index {@link Document#text()}, corrected
 * by the article-level {@link NewsPostPass}.
 * Mentions already present (e.g. from a value stage) are kept; overlapping NER mentions are not
 * added on top of them.
 */
public final class JapaneseNer implements Stage {
    private static final Lazy<NewsPostPass> SHARED_PASS = new Lazy<>(
            () -> new NewsPostPass(NameDictionary.shared(), NewsPostPass.DEFAULT_RULES, KnownNames::ofDefaultKb));
    private static final Lazy<NerTagger> SHARED_TAGGER = new Lazy<>(() -> loadDefaultTagger(sharedPass().dictionary()));

    private final Supplier<NerTagger> tagger;
    private final Supplier<NewsPostPass> postPass;

    /** Uses the default model, loaded once per JVM on first use (working dir, then classpath). */
    public JapaneseNer() {
        this.tagger = JapaneseNer::sharedDefault;
        this.postPass = JapaneseNer::sharedPass;
    }

    /**
     * Uses the default model, like {@link #JapaneseNer()}, with the news rule that adds knowledge-base names
     * reading {@code kb} (the knowledge base the pipeline links against, e.g. with the user's files).
     */
    public JapaneseNer(dev.kiji.link.kb.KnowledgeBase kb) {
        this.tagger = JapaneseNer::sharedDefault;
        Lazy<KnownNames> names = new Lazy<>(() -> KnownNames.of(kb));
        this.postPass = new Lazy<>(() -> sharedPass().withKnownNames(names));
    }

    /** Uses the model in {@code modelDir} and the ENAMDICT resource in {@code dictionaryDir}. */
    public JapaneseNer(Path modelDir, Path dictionaryDir) {
        try {
            NameDictionary dict = NameDictionary.load(dictionaryDir);
            NerTagger t = NerTagger.load(modelDir, dict);
            NewsPostPass pass = new NewsPostPass(dict, NewsPostPass.DEFAULT_RULES, KnownNames::ofDefaultKb);
            this.tagger = () -> t;
            this.postPass = () -> pass;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uses an already loaded tagger; the news post-pass uses {@code dictionary}. */
    public JapaneseNer(NerTagger tagger, NameDictionary dictionary) {
        NewsPostPass pass = new NewsPostPass(dictionary, NewsPostPass.DEFAULT_RULES, KnownNames::ofDefaultKb);
        this.tagger = () -> tagger;
        this.postPass = () -> pass;
    }

    /** Uses an already loaded tagger; the news post-pass uses the default dictionary (shared, loaded on first use). */
    public JapaneseNer(NerTagger tagger) {
        this.tagger = () -> tagger;
        this.postPass = JapaneseNer::sharedPass;
    }

    @Override
    public void preload() {
        tagger.get();
        postPass.get().preload();
    }

    private static NerTagger sharedDefault() {
        return SHARED_TAGGER.get();
    }

    /** The shipped model over {@code dictionary}, so tagger and post-pass share one copy of ENAMDICT. */
    private static NerTagger loadDefaultTagger(NameDictionary dictionary) {
        try (InputStream in = Models.open("ner-ja/" + NerTagger.MODEL_FILE)) {
            return new NerTagger(NerModel.load(in), dictionary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The post-pass over the shipped dictionary, loaded once per JVM on first use. */
    private static NewsPostPass sharedPass() {
        return SHARED_PASS.get();
    }

    @Override
    public String name() {
        return "ner-ja";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Document process(Document doc) {
        List<Mention> found = mentions(doc.text(), doc.tokens());
        List<Mention> existing = doc.mentions() == null ? List.of() : doc.mentions();
        List<Mention> out = new ArrayList<>(existing);
        for (Mention m : found) {
            boolean clash = false;
            for (Mention e : existing) clash |= e.span().overlaps(m.span());
            if (!clash) out.add(m);
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return doc.withMentions(out);
    }

    /** Mentions for {@code tokens} (spans into {@code text}). */
    public List<Mention> mentions(String text, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (Span s : postPass.get().apply(text, tokens, tagger.get().tag(text, tokens))) {
            out.add(Mention.of(new CharSpan(s.start(), s.end()), text, s.type().type(), s.type().subtype(), null));
        }
        return CelestialBodies.drop(text, out);
    }

    /** Tokenizes {@code text} like the pipeline (NFKC, Kuromoji) and returns its mentions. */
    public List<Mention> mentions(String text) {
        return mentions(text, NerTagger.tokenizeNormalized(text));
    }
}
