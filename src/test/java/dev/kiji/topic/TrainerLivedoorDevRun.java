package dev.kiji.topic;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiji.doc.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Measures the trainable option: a lexicon learned by {@link TopicTrainer} from the livedoor TUNE
 * half, evaluated on the REPORT half (runs only with {@code -Dkiji.livedoor=DIR}). The learned
 * lexicon is written to a temporary file and never shipped (livedoor is CC BY-ND).
 */
class TrainerLivedoorDevRun {
    @Test
    void trainOnTuneEvaluateOnReport() throws Exception {
        String dir = System.getProperty("kiji.livedoor");
        assumeTrue(dir != null);
        List<TopicTrainer.Example> exs = new ArrayList<>();
        for (Map.Entry<String, MediaTopic> g : LivedoorCorpus.GROUPS.entrySet()) {
            for (Path p : LivedoorCorpus.articles(Path.of(dir, g.getKey()), LivedoorCorpus.Half.TUNE)) {
                Document d = KuromojiTestTokens.japanese(p.toString(), LivedoorCorpus.read(p).text());
                exs.add(new TopicTrainer.Example("ja", Set.of(g.getValue()), d));
            }
        }
        exs.sort(java.util.Comparator.comparing(e -> e.doc().id()));
        Path lex = Files.createTempFile("kiji-trained-", ".txt");
        Files.writeString(lex, TopicTrainer.train(exs));
        TopicClassifier c = new TopicClassifier(TopicModel.withLexicon(lex));
        TopicEvaluator ev = new TopicEvaluator(
                p -> c.process(KuromojiTestTokens.japanese("x", LivedoorCorpus.read(p).text())));
        System.out.print("trained on TUNE (" + exs.size() + " articles), REPORT half:\n"
                + TopicEvaluator.format(ev.livedoor(Path.of(dir), LivedoorCorpus.Half.REPORT), true));
        Files.delete(lex);
    }
}
