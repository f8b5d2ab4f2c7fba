package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold scoring by language, strict and coarse (organizations whatever their subtype). */
class GoldEvaluationTest {
    private static final String EN = "Halden Group hired Mara Quill.";
    private static final String JA = "ハルデン社が発表した。";

    private static Path corpus(Path root) throws IOException {
        Files.createDirectories(root.resolve("articles/en"));
        Files.createDirectories(root.resolve("articles/ja"));
        Files.createDirectories(root.resolve("gold"));
        Files.writeString(root.resolve("articles/en/a.txt"), EN);
        Files.writeString(root.resolve("articles/ja/a.txt"), JA);
        Files.writeString(root.resolve("gold/en.json"), "{\"article\":\"articles/en/a.txt\",\"lang\":\"en\",\"mentions\":["
                + "{\"start\":0,\"end\":12,\"text\":\"Halden Group\",\"type\":\"ORGANIZATION\",\"subtype\":\"COMPANY\"},"
                + "{\"start\":19,\"end\":29,\"text\":\"Mara Quill\",\"type\":\"PERSON\"}]}");
        Files.writeString(root.resolve("gold/ja.json"), "{\"article\":\"articles/ja/a.txt\",\"lang\":\"ja\",\"mentions\":["
                + "{\"start\":0,\"end\":5,\"text\":\"ハルデン社\",\"type\":\"ORGANIZATION\",\"subtype\":\"COMPANY\"}]}");
        return root.resolve("gold");
    }

    /** Finds the organization with a wrong subtype and the person, in English only. */
    private static final Function<String, List<Mention>> ENGLISH = t -> t.equals(EN) ? List.of(
            Mention.of(new CharSpan(0, 12), t, EntityType.ORGANIZATION, Subtype.OTHER, null),
            Mention.of(new CharSpan(19, 29), t, EntityType.PERSON, null, null)) : List.of();

    @Test
    void scoresOnlyTheArticlesOfTheLanguageAsked(@TempDir Path root) throws IOException {
        Path gold = corpus(root);
        EvalResult en = NerEvaluator.evaluateGold(gold, "en", false, ENGLISH);
        assertEquals(2, en.overall().gold());
        assertEquals(1, en.overall().correct(), "the subtype is wrong: strict scoring counts it");
        assertEquals(1, en.confusions().get("ORGANIZATION/COMPANY → ORGANIZATION/OTHER"));
        EvalResult ja = NerEvaluator.evaluateGold(gold, "ja", false, ENGLISH);
        assertEquals(1, ja.overall().gold());
        assertEquals(0, ja.overall().predicted());
    }

    @Test
    void coarseScoringIgnoresOrganizationSubtypes(@TempDir Path root) throws IOException {
        EvalResult r = NerEvaluator.evaluateGold(corpus(root), "en", true, ENGLISH);
        assertEquals(2, r.overall().correct());
        assertEquals(1, r.perType().get("ORGANIZATION").correct());
        assertEquals(List.of("ORGANIZATION", "PERSON"), r.perType().keySet().stream().sorted().toList());
    }
}
