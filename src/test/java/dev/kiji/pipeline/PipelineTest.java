package dev.kiji.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.DocumentException;
import dev.kiji.doc.ErrorCode;
import dev.kiji.doc.Layer;
import dev.kiji.doc.Sentence;
import dev.kiji.doc.CharSpan;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PipelineTest {

    /** A stage built from its declaration and a function. */
    private record Fake(String name, Set<Layer> requires, Set<Layer> produces, UnaryOperator<Document> f)
            implements Stage {
        @Override
        public Document process(Document doc) {
            return f.apply(doc);
        }
    }

    private static final Stage LANG = new Fake("lang", Set.of(Layer.TEXT), Set.of(Layer.LANGUAGE), d -> d.withLang("ja"));
    private static final Stage SENTENCES = new Fake("sentences", Set.of(Layer.LANGUAGE), Set.of(Layer.SENTENCES),
            d -> d.withSentences(List.of(new Sentence(new CharSpan(0, d.text().length())))));
    private static final Stage NEEDS_SENTENCES = new Fake("needs-sentences", Set.of(Layer.SENTENCES),
            Set.of(Layer.TOKENS), d -> d.withTokens(List.of()));

    private static Document doc(String text) {
        return Document.create("d1", "src", null, null, null, null, text);
    }

    @Test
    void assemblyRejectsAStageWhoseRequirementsAreNotProducedBefore() {
        PipelineException e = assertThrows(PipelineException.class, () -> Pipeline.of(List.of(LANG, NEEDS_SENTENCES)));
        assertTrue(e.getMessage().contains("needs-sentences") && e.getMessage().contains("SENTENCES"), e.getMessage());
        assertEquals(Set.of(Layer.TEXT, Layer.LANGUAGE, Layer.SENTENCES, Layer.TOKENS),
                Pipeline.of(List.of(LANG, SENTENCES, NEEDS_SENTENCES)).produces());
    }

    @Test
    void languageBranchesAreCheckedAndProduceWhatEveryBranchProduces() {
        ByLanguage ok = new ByLanguage(Map.of("ja", List.of(SENTENCES, NEEDS_SENTENCES), "en", List.of(SENTENCES)));
        assertEquals(Set.of(Layer.SENTENCES), ok.produces());
        PipelineException e = assertThrows(PipelineException.class,
                () -> Pipeline.of(List.of(LANG, new ByLanguage(Map.of("ja", List.of(NEEDS_SENTENCES))))));
        assertTrue(e.getMessage().contains("SENTENCES"), e.getMessage());
        Pipeline p = Pipeline.of(List.of(LANG, ok));
        Outcome o = p.run(doc("本文"));
        assertTrue(o instanceof Outcome.Annotated a && a.document().tokens() != null);
    }

    @Test
    void aPerDocumentProblemBecomesAFailureWithItsCode() {
        Stage refuse = new Fake("refuse", Set.of(), Set.of(), d -> {
            throw new DocumentException(ErrorCode.UNSUPPORTED_LANGUAGE, "no");
        });
        Outcome o = Pipeline.of(List.of(refuse)).run(doc("x"));
        assertEquals(ErrorCode.UNSUPPORTED_LANGUAGE, ((Outcome.Failed) o).failure().code());
        assertEquals("d1", ((Outcome.Failed) o).failure().id());
    }

    @Test
    void aBugInAStageIsAnInternalFailureNamingTheStageNotACrash() {
        Stage broken = new Fake("broken", Set.of(), Set.of(), d -> {
            throw new IllegalStateException("boom");
        });
        Outcome o = Pipeline.of(List.of(broken)).run(doc("x"));
        Outcome.Failed f = (Outcome.Failed) o;
        assertEquals(ErrorCode.INTERNAL, f.failure().code());
        assertTrue(f.failure().message().contains("broken"), f.failure().message());
    }

    @Test
    void aLanguageWithoutABranchIsUnsupported() {
        Pipeline p = Pipeline.of(List.of(new Fake("en", Set.of(), Set.of(Layer.LANGUAGE), d -> d.withLang("ko")),
                new ByLanguage(Map.of("ja", List.of(SENTENCES)))));
        assertEquals(ErrorCode.UNSUPPORTED_LANGUAGE, ((Outcome.Failed) p.run(doc("x"))).failure().code());
    }

    @Test
    void timingsAreKeptPerStageInRunOrder() {
        Pipeline p = Pipeline.of(List.of(LANG, SENTENCES));
        p.run(doc("abc"));
        assertEquals(List.of("lang", "sentences"), List.copyOf(p.timings().millis().keySet()));
    }

    @Test
    void aBatchRunsStageByStageAndEachDocumentEndsAsItWouldAlone() {
        List<String> calls = new java.util.ArrayList<>();
        Stage lang = new Fake("lang", Set.of(Layer.TEXT), Set.of(Layer.LANGUAGE), d -> {
            calls.add("lang " + d.id());
            return d.withLang(d.text().startsWith("en") ? "en" : d.text().startsWith("ko") ? "ko" : "ja");
        });
        Stage picky = new Fake("picky", Set.of(Layer.LANGUAGE), Set.of(Layer.SENTENCES), d -> {
            calls.add("picky " + d.id());
            if (d.text().contains("bad")) {
                throw new IllegalStateException("cannot");
            }
            return d.withSentences(List.of(new Sentence(new CharSpan(0, d.text().length()))));
        });
        Stage tokens = new Fake("tokens", Set.of(Layer.SENTENCES), Set.of(Layer.TOKENS), d -> {
            calls.add("tokens " + d.id());
            return d.withTokens(List.of());
        });
        Pipeline p = Pipeline.of(List.of(lang, new ByLanguage(Map.of("ja", List.of(picky, tokens),
                "en", List.of(picky)))));
        List<Document> docs = List.of(
                Document.create("a", "s", null, null, null, null, "ja one"),
                Document.create("b", "s", null, null, null, null, "en two"),
                Document.create("c", "s", null, null, null, null, "ja bad"),
                Document.create("d", "s", null, null, null, null, "ko four"),
                Document.create("e", "s", null, null, null, null, "ja five"));
        List<Outcome> batch = p.runAll(docs);
        assertEquals(List.of("lang a", "lang b", "lang c", "lang d", "lang e", "picky a", "picky c", "picky e",
                "tokens a", "tokens e", "picky b"), calls, "stage by stage, a branch on its documents in input order");
        assertEquals(docs.size(), batch.size());
        for (int i = 0; i < docs.size(); i++) {
            Outcome alone = p.run(docs.get(i));
            Outcome together = batch.get(i);
            assertEquals(alone.getClass(), together.getClass(), docs.get(i).id());
            if (alone instanceof Outcome.Annotated a) {
                Document t = ((Outcome.Annotated) together).document();
                assertEquals(List.of(a.document().lang(), a.document().sentences(), String.valueOf(a.document().tokens())),
                        List.of(t.lang(), t.sentences(), String.valueOf(t.tokens())), docs.get(i).id());
            } else {
                assertEquals(((Outcome.Failed) alone).failure(), ((Outcome.Failed) together).failure());
            }
        }
        assertEquals(ErrorCode.INTERNAL, ((Outcome.Failed) batch.get(2)).failure().code());
        assertEquals(ErrorCode.UNSUPPORTED_LANGUAGE, ((Outcome.Failed) batch.get(3)).failure().code());
        assertEquals("d", ((Outcome.Failed) batch.get(3)).failure().id());
    }
}
