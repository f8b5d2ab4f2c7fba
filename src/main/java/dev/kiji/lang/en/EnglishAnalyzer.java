package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.Layer;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Sentence;
import dev.kiji.doc.Token;
import dev.kiji.lang.CelestialBodies;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.pipeline.Lazy;
import dev.kiji.pipeline.Stage;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * English sentences, tokens (Penn POS, lemma) and typed mentions from Stanford CoreNLP in one
 * pass over {@link Document#text()}. CoreNLP's character offsets are UTF-16 indices into the text
 * it was given, so every span points straight into the original text. CoreNLP loads on the first
 * English document, not when the stage is built.
 */
public final class EnglishAnalyzer implements Stage {
    private final SharedCoreNlp nlp;
    private final KnowledgeBase kb;
    /** Built on the first English document: its name tables cost nothing to a Japanese-only run. */
    private final Lazy<KbMentions> known;

    /** A stage on the process-wide, lazily loaded CoreNLP, without knowledge-base types. */
    public EnglishAnalyzer() {
        this(SharedCoreNlp.shared(), null);
    }

    /** A stage on the process-wide CoreNLP whose multi-word names take the type {@code kb} knows them by ({@link KnownTypes}). */
    public EnglishAnalyzer(KnowledgeBase kb) {
        this(SharedCoreNlp.shared(), kb);
    }

    /**
     * The same stage over CoreNLP's default NER settings instead of kiji's lean ones (loads its own
     * CoreNLP, ~2.5 GB): the baseline {@code kiji eval ner --lang en --recognizer corenlp-default} measures.
     */
    public static EnglishAnalyzer withStockCoreNlp(KnowledgeBase kb) {
        return new EnglishAnalyzer(new SharedCoreNlp(CoreNlpSettings.stockAnalyze()), kb);
    }

    EnglishAnalyzer(SharedCoreNlp nlp, KnowledgeBase kb) {
        this.nlp = nlp;
        this.kb = kb;
        this.known = kb == null ? null : new Lazy<>(() -> new KbMentions(kb));
    }

    @Override
    public String name() {
        return "analyze-en";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.LANGUAGE);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS);
    }

    @Override
    public Document process(Document doc) {
        String text = doc.text();
        LocalDate docDate = DocDates.of(doc.published(), text);
        SharedCoreNlp.Parsed parsed = nlp.annotate(text, docDate == null ? null : docDate.toString());
        List<Sentence> sentences = new ArrayList<>();
        for (CharSpan s : parsed.sentences()) {
            CharSpan trimmed = trim(s, text);
            if (!trimmed.isEmpty()) {
                sentences.add(new Sentence(trimmed));
            }
        }
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel t : parsed.annotation().get(CoreAnnotations.TokensAnnotation.class)) {
            CharSpan span = new CharSpan(t.beginPosition(), t.endPosition());
            String surface = span.slice(text);
            String lemma = t.lemma() == null ? surface : t.lemma();
            tokens.add(new Token(span, surface, lemma, t.tag() == null ? "X" : t.tag(), null));
        }
        List<Mention> mentions = new ArrayList<>();
        List<CoreMap> found = parsed.annotation().get(CoreAnnotations.MentionsAnnotation.class);
        if (found != null) {
            for (CoreMap m : found) {
                Mention mapped = MentionMapper.map(m, text, docDate);
                if (mapped != null && !mapped.span().isEmpty()) {
                    mentions.add(mapped);
                }
            }
        }
        List<CoreLabel> coreTokens = parsed.annotation().get(CoreAnnotations.TokensAnnotation.class);
        mentions.addAll(EnglishValues.find(coreTokens, text, docDate, mentions));
        mentions.addAll(ValueRules.find(coreTokens, text, docDate, mentions));
        List<Mention> named = TitleFragments.drop(coreTokens, mentions);
        named = NamedPhrases.apply(coreTokens, text, named);
        named = NamedStorms.apply(text, named);
        named = Datelines.apply(text, named);
        named = ClassWordNames.apply(text, named);
        named = NamedPrizes.apply(text, named);
        named = PlaceOf.apply(coreTokens, named);
        named = FacilityNouns.apply(coreTokens, named);
        named = ClassNouns.apply(coreTokens, named);
        named = FacilityHeads.apply(named);
        named = ParenAcronyms.apply(text, named);
        if (kb != null) {
            named = PossessiveNames.apply(text, kb, named);
            named = OwnerSplits.apply(coreTokens, kb, named);
            named = SportsSides.apply(text, kb, named);
            named = known.get().apply(coreTokens, text, KnownTypes.apply(kb, named));
            named = OwnerSplits.possessives(coreTokens, kb, named);  // a KB name found whole may hold its owner: Osaka's Chuo Ward
        }
        named = ClassicalNames.apply(coreTokens, HonorificNames.apply(coreTokens, named));
        return doc.withSentences(sentences).withTokens(tokens).withMentions(CelestialBodies.drop(text, named));
    }

    private static CharSpan trim(CharSpan s, String text) {
        int start = s.start();
        int end = s.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new CharSpan(start, end);
    }
}
