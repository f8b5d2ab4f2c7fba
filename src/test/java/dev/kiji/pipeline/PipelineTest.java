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
}
