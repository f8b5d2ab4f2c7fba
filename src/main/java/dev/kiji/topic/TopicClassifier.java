package dev.kiji.topic;

import dev.kiji.doc.Document;
import dev.kiji.doc.Entity;
import dev.kiji.doc.Layer;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Topic;
import dev.kiji.pipeline.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assigns IPTC Media Topics from a weighted lexicon (token lemmas, compound nouns) and entity rules
 * (type, subtype, name), without training data. Deterministic and explainable: every topic lists
 * the cues that drove it. See {@link TopicScoring} for how evidence becomes a score.
 *
 * <p>Stage {@code topics}; requires TOKENS and MENTIONS (and uses ENTITIES when present); produces
 * TOPICS. Thread-safe; the model is shared.
 */
public final class TopicClassifier implements Stage {
    static final int MAX_EVIDENCE = 8;

    private final TopicModel model;
    private final TermMatcher matcher;

    /** Uses the model shipped in {@code models/topics/}. */
    public TopicClassifier() {
        this(TopicModel.shipped());
    }

    public TopicClassifier(TopicModel model) {
        this.model = model;
        this.matcher = new TermMatcher(model.lexicon());
    }

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.TOPICS);
    }

    @Override
    public Document process(Document doc) {
        return doc.withTopics(classify(doc));
    }

    /** The topics of a tokenized document, best first; the first is primary. */
    public List<Topic> classify(Document doc) {
        String lang = TopicClassifier.langOf(doc);
        EvidenceTally tally = new EvidenceTally();
        int length = matcher.match(lang, doc.tokens(), leadEnd(doc), TopicScoring.LEAD_WEIGHT, tally);
        addEntityCues(doc, lang, tally);
        List<MediaTopic> ranked = new ArrayList<>(tally.topics());
        ranked.sort(Comparator.comparingDouble((MediaTopic t) -> -tally.sum(t)).thenComparing(Enum::ordinal));
        List<Topic> out = new ArrayList<>();
        double top = ranked.isEmpty() ? 0 : tally.sum(ranked.get(0));
        for (MediaTopic t : ranked) {
            double sum = tally.sum(t);
            double score = TopicScoring.score(sum, length);
            if (!TopicScoring.keep(sum, top, score, out.isEmpty()) || out.size() >= TopicScoring.MAX_TOPICS) {
                continue;
            }
            out.add(new Topic(t.code(), t.label(), t.labelJa(), score, out.isEmpty(), tally.evidence(t, MAX_EVIDENCE)));
        }
        return out;
    }

    /** The document language: detected, else declared, else Japanese. */
    static String langOf(Document doc) {
        if (doc.lang() != null) {
            return doc.lang();
        }
        return doc.langHint() != null ? doc.langHint() : "ja";
    }

    /**
     * End of the lead: the first sentence when sentences are known, else the first line when it
     * is short (a headline), else the first {@link TopicScoring#LEAD_CHARS} characters.
     */
    static int leadEnd(Document doc) {
        if (doc.sentences() != null && !doc.sentences().isEmpty()) {
            return doc.sentences().get(0).span().end();
        }
        String t = doc.text();
        int nl = t.indexOf('\n');
        if (nl >= 0 && nl <= TopicScoring.LEAD_CHARS * 2) {
            return nl;
        }
        return Math.min(t.length(), TopicScoring.LEAD_CHARS);
    }

    private void addEntityCues(Document doc, String lang, EvidenceTally tally) {
        if (doc.entities() != null && !doc.entities().isEmpty()) {
            for (Entity e : doc.entities()) {
                if (e.type().isValue()) {
                    continue;
                }
                addRules(lang, e.type(), e.subtype(), e.name(), e.mentions(), tally);
                if (e.nameJa() != null && !e.nameJa().equals(e.name())) {
                    addRules(lang, e.type(), e.subtype(), e.nameJa(), e.mentions(), tally);
                }
            }
            return;
        }
        if (doc.mentions() == null) {
            return;
        }
        Map<Mention, Integer> counts = new LinkedHashMap<>();
        Map<String, Mention> firstByKey = new LinkedHashMap<>();
        for (Mention m : doc.mentions()) {
            if (m.type().isValue()) {
                continue;
            }
            Mention first = firstByKey.computeIfAbsent(m.type() + "\t" + m.text(), k -> m);
            counts.merge(first, 1, Integer::sum);
        }
        counts.forEach((m, n) -> addRules(lang, m.type(), m.subtype(), m.text(), n, tally));
    }

    private void addRules(String lang, dev.kiji.doc.EntityType type, dev.kiji.doc.Subtype subtype, String name,
            int count, EvidenceTally tally) {
        for (EntityRules.Rule r : model.rules().matching(type, subtype, lang, name)) {
            tally.add(r.topic(), name + " (" + type + ")", r.weight(), count);
        }
    }
}
