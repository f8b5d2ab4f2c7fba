package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Layer;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Sentence;
import dev.kiji.doc.Subtype;
import dev.kiji.doc.Token;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Everything that needs CoreNLP, loaded once for the whole class. */
class EnglishAnalyzerTest {
    private static final String TEXT = "Marta Quintela, the new chief of Solvane Energy Corp., visited Lisbon on "
            + "January 21, 2022.\nThe company said on Thursday that profits rose 14 percent to $3 billion.\n"
            + "\uD835\uDC9C fans \uD83D\uDE00 cheered when Daniel Okonkwo landed in Nairobi.";

    private static final SharedCoreNlp NLP = new SharedCoreNlp();
    private static EnglishAnalyzer stage;
    private static boolean loadedBeforeFirstDocument;
    private static String printed;
    private static Document result;

    @BeforeAll
    static void annotateFirstDocument() {
        stage = new EnglishAnalyzer(NLP, null);
        loadedBeforeFirstDocument = NLP.isLoaded();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            result = stage.process(doc(TEXT, "2022-01-25T08:00:00Z"));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        printed = captured.toString(StandardCharsets.UTF_8);
    }

    private static Document doc(String text, String published) {
        return Document.create("t1", "test", null, published, null, "en", text).withLang("en");
    }

    private static Mention mention(Document d, String surface) {
        return d.mentions().stream().filter(m -> m.text().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + d.mentions()));
    }

    private static void assertMention(String surface, EntityType type, Subtype subtype, String value) {
        Mention m = mention(result, surface);
        int start = TEXT.indexOf(surface);
        assertEquals(new CharSpan(start, start + surface.length()), m.span(), surface);
        assertEquals(type, m.type(), surface);
        assertEquals(subtype, m.subtype(), surface);
        assertEquals(value, m.value(), surface);
    }

    @Test
    void coreNlpLoadsOnFirstDocumentNotOnConstruction() {
        assertFalse(loadedBeforeFirstDocument, "constructing the stage must not load CoreNLP");
        assertFalse(new SharedCoreNlp().isLoaded());
        assertTrue(NLP.isLoaded());
    }

    @Test
    void nothingIsPrintedWhileLoadingAndAnnotating() {
        assertEquals("", printed);
    }

    @Test
    void declaresLayers() {
        assertEquals("analyze-en", stage.name());
        assertEquals(Set.of(Layer.LANGUAGE), stage.requires());
        assertTrue(result.layers().containsAll(stage.produces()));
    }

    @Test
    void namesAreTypedWithExactOffsets() {
        assertMention("Marta Quintela", EntityType.PERSON, null, null);
        assertMention("Solvane Energy Corp.", EntityType.ORGANIZATION, Subtype.COMPANY, null);
        assertMention("Lisbon", EntityType.LOCATION, null, null);
    }

    @Test
    void valuesAreNormalized() {
        assertTrue(result.mentions().stream().noneMatch(m -> m.text().equals("Thursday")),
                "a weekday is no value, as in Japanese and the annotation conventions");
        assertMention("January 21, 2022", EntityType.DATE, null, "2022-01-21");
        assertMention("14 percent", EntityType.PERCENT, null, "14");
        assertMention("$3 billion", EntityType.MONEY, null, "USD 3000000000");
    }

    @Test
    void offsetsAreUtf16AfterNonBmpCharactersAndEmoji() {
        assertMention("Daniel Okonkwo", EntityType.PERSON, null, null);
        assertMention("Nairobi", EntityType.LOCATION, null, null);
        Token emoji = result.tokens().stream().filter(t -> t.surface().equals("\uD83D\uDE00")).findFirst()
                .orElseThrow();
        assertEquals(2, emoji.span().length());
    }

    @Test
    void sentencesAreTrimmedOrderedAndCoverAllText() {
        List<Sentence> sentences = result.sentences();
        assertEquals(3, sentences.size());
        boolean[] covered = new boolean[TEXT.length()];
        int previousEnd = 0;
        for (Sentence s : sentences) {
            assertTrue(s.span().start() >= previousEnd, "ordered, non-overlapping");
            assertFalse(Character.isWhitespace(TEXT.charAt(s.span().start())));
            assertFalse(Character.isWhitespace(TEXT.charAt(s.span().end() - 1)));
            for (int i = s.span().start(); i < s.span().end(); i++) {
                covered[i] = true;
            }
            previousEnd = s.span().end();
        }
        for (int i = 0; i < TEXT.length(); i++) {
            assertTrue(covered[i] || Character.isWhitespace(TEXT.charAt(i)), "uncovered char at " + i);
        }
    }

    @Test
    void tokensAreExactSlicesWithPennTagsAndLemmas() {
        int previousEnd = 0;
        for (Token t : result.tokens()) {
            assertEquals(t.span().slice(TEXT), t.surface());
            assertTrue(t.span().start() >= previousEnd);
            assertNotNull(t.lemma());
            assertEquals(null, t.reading());
            previousEnd = t.span().end();
        }
        Token visited = result.tokens().stream().filter(t -> t.surface().equals("visited")).findFirst().orElseThrow();
        assertEquals("VBD", visited.pos());
        assertEquals("visit", visited.lemma());
    }

    @Test
    void mentionTextIsTheSliceOfTheOriginal() {
        for (Mention m : result.mentions()) {
            assertEquals(m.span().slice(TEXT), m.text());
        }
    }

    @Test
    void veryLongUnpunctuatedTextIsAnalyzedInBoundedTime() {
        StringBuilder sb = new StringBuilder();
        String[] words = {"ships", "from", "Rotterdam", "carried", "grain", "and", "steel", "for", "Helga", "Marsh"};
        for (int i = 0; sb.length() < 60_000; i++) {
            sb.append(words[i % words.length]).append(' ');
        }
        String text = sb.toString().strip();
        long t0 = System.nanoTime();
        Document d = stage.process(doc(text, null));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 60, "took " + seconds + " s");
        assertEquals(1, d.sentences().size());
        assertEquals(new CharSpan(0, text.length()), d.sentences().get(0).span());
        assertTrue(d.tokens().size() > 9_000);
        assertTrue(d.tokens().stream().noneMatch(t -> t.pos().equals("X")), "every chunk is tagged");
        assertTrue(d.mentions().stream().anyMatch(m -> m.type() == EntityType.LOCATION && m.text().equals("Rotterdam")));
    }
}
