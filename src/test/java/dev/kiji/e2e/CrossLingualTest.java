package dev.kiji.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.Entity;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.io.InputReader;
import dev.kiji.io.ReadOptions;
import dev.kiji.io.ReadResult;
import dev.kiji.pipeline.Outcome;
import dev.kiji.Pipelines;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed (Japanese) and our English article about the same talks name the same entities with the same ids. */
class CrossLingualTest {

    static Document annotate(String path) {
        ReadResult r = new InputReader(ReadOptions.defaults()).read(List.of(path), InputStream.nullInputStream()).next();
        Outcome o = Pipelines.standard().run(((ReadResult.Ok) r).document());
        return ((Outcome.Annotated) o).document();
    }

    static Set<String> ids(Document d) {
        return d.entities().stream().map(Entity::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void sameEntitiesGetTheSameIdsInBothLanguages() {
        Document ja = annotate(SeedArticleTest.SEED);
        Document en = annotate("test-corpus/articles/en/p01-ukraine-talks.txt");
        assertEquals("en", en.lang());
        Set<String> jaIds = ids(ja);
        Set<String> enIds = ids(en);
        for (String id : List.of("wd:Q6279", "wd:Q7747", "wd:Q7184", "wd:Q212", "wd:Q159", "wd:Q30", "wd:Q17",
                "kb:person:antony_blinken", "kb:person:sergey_lavrov", "kb:person:fumio_kishida")) {
            assertTrue(jaIds.contains(id), "ja lacks " + id + ": " + jaIds);
            assertTrue(enIds.contains(id), "en lacks " + id + ": " + enIds);
        }
    }

    @Test
    void englishArticleHasNamesAndNormalizedDates() {
        Document en = annotate("test-corpus/articles/en/p01-ukraine-talks.txt");
        Set<EntityType> types = en.mentions().stream().map(Mention::type).collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION,
                EntityType.DATE)), types.toString());
        for (Mention m : en.mentions()) {
            assertEquals(m.text(), m.span().slice(en.text()));
            if (m.type() == EntityType.DATE && m.text().matches("[A-Z][a-z]+\\.? \\d{1,2}")) {
                assertTrue(m.value().matches("(\\d{4}|XXXX)-\\d{2}-\\d{2}"), m + " has a normalized value");
            }
        }
        assertTrue(en.mentions().stream().anyMatch(m -> m.type() == EntityType.PERSON
                && m.text().equals("Antony Blinken") && "kb:person:antony_blinken".equals(m.entity())));
    }
}
