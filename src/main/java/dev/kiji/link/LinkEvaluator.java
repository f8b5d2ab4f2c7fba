package dev.kiji.link;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.link.eval.BCubed;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.eval.GoldDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code kiji eval link --gold DIR}: scores entity clustering and linking against the test-corpus
 * gold files under {@code DIR} (any {@code *.json} below it, usually {@code DIR/ja} and {@code DIR/en}).
 * Each article is annotated once by the given function; it is scored end to end, and again after
 * re-linking with the gold mentions in place of the system's (isolating the linker). Metrics: B-cubed
 * cluster P/R/F1, linking accuracy on the gold entities the KB holds (gold id = a KB id or {@code wd:} +
 * a KB entry's QID), what happened to the mentions of real entities outside the KB (left NIL, which is
 * right, or linked to some KB entry, which is wrong), NIL accuracy on fictional entities, and
 * cross-lingual id agreement over JA/EN pairs (all gold entities in both halves); value mentions are ignored.
 */
public final class LinkEvaluator {
    /**
     * {@code -Dkiji.eval.verbose=true}: print every KB miss, every real entity outside the KB linked to an entry, and
     * every cross-lingual disagreement to stderr.
     */
    private static final boolean VERBOSE = Boolean.getBoolean("kiji.eval.verbose");

    private final Path goldDir;
    private final Path corpusRoot;
    private final Function<Path, Document> annotate;
    private final EntityLinker linker;
    private final Set<String> kbIds;

    /**
     * @param goldDir    directory of gold files
     * @param corpusRoot directory gold {@code article} paths are relative to
     * @param annotate   article path → fully annotated document (mentions and entities)
     * @param linker     the linker re-run on gold mentions
     */
    public LinkEvaluator(Path goldDir, Path corpusRoot, Function<Path, Document> annotate, EntityLinker linker) {
        this.goldDir = Objects.requireNonNull(goldDir);
        this.corpusRoot = Objects.requireNonNull(corpusRoot);
        this.annotate = Objects.requireNonNull(annotate);
        this.linker = Objects.requireNonNull(linker);
        this.kbIds = entityIds(linker.kb());
    }

    /** Every id under which the KB knows an entity: its own ids and {@code wd:} + each QID. */
    static Set<String> entityIds(KnowledgeBase kb) {
        Set<String> ids = new HashSet<>();
        for (KbEntry e : kb.entries()) {
            ids.add(e.id());
            ids.add(e.entityId());
        }
        return Set.copyOf(ids);
    }

    /** Corpus root is the parent of {@code goldDir} ({@code test-corpus/gold → test-corpus}). */
    public static LinkEvaluator of(Path goldDir, Function<Path, Document> annotate, EntityLinker linker) {
        Path parent = goldDir.toAbsolutePath().normalize().getParent();
        return new LinkEvaluator(goldDir, parent == null ? goldDir : parent, annotate, linker);
    }

    public LinkReport evaluate() throws IOException {
        List<Path> files = GoldDocument.files(goldDir);
        Accumulator gold = new Accumulator(kbIds, "gold");
        Accumulator e2e = new Accumulator(kbIds, "e2e");
        int skipped = 0;
        for (Path f : files) {
            GoldDocument gd = GoldDocument.read(f);
            Document doc = annotate.apply(corpusRoot.resolve(gd.article()));
            List<Mention> goldMentions = new ArrayList<>();
            Map<String, String> goldIds = new LinkedHashMap<>();
            for (GoldDocument.GoldMention gm : gd.mentions()) {
                CharSpan span = gm.span(doc.text());
                if (span == null) {
                    skipped++;
                    continue;
                }
                if (gm.type().isValue() || gm.entity() == null) {
                    continue;
                }
                goldMentions.add(Mention.of(span, doc.text(), gm.type(),
                        gm.type() == EntityType.ORGANIZATION ? gm.subtype() : null, null));
                goldIds.put(key(span), gm.entity());
            }
            Document relinked = linker.process(doc.withMentions(goldMentions));
            gold.add(gd, goldIds, systemIds(relinked));
            e2e.add(gd, goldIds, systemIds(doc));
        }
        return new LinkReport(files.size(), skipped, gold.scores(), e2e.scores());
    }

    private static Map<String, String> systemIds(Document d) {
        Map<String, String> out = new LinkedHashMap<>();
        if (d.mentions() != null) {
            for (Mention m : d.mentions()) {
                if (m.entity() != null && !m.type().isValue()) {
                    out.put(key(m.span()), m.entity());
                }
            }
        }
        return out;
    }

    private static String key(CharSpan s) {
        return s.start() + ":" + s.end();
    }

    /** Running totals for one evaluation mode. */
    private static final class Accumulator {
        private final BCubed b3 = new BCubed();
        private final Set<String> kbIds;
        private final String mode;
        private int kbCorrect;
        private int kbTotal;
        private int nilCorrect;
        private int nilTotal;
        private int outsideMentions;
        private int outsideNil;
        private int outsideLinked;
        private final Map<String, Map<String, Map<String, String>>> pairs = new HashMap<>();

        /** @param mode label of the verbose lines ({@code gold} or {@code e2e}) */
        Accumulator(Set<String> kbIds, String mode) {
            this.kbIds = kbIds;
            this.mode = mode;
        }

        void add(GoldDocument gd, Map<String, String> goldIds, Map<String, String> sysIds) {
            b3.add(goldIds, sysIds);
            Set<String> outside = new HashSet<>();
            Map<String, String> chosen = new HashMap<>();
            for (GoldDocument.GoldEntity ge : gd.entities()) {
                if (!ge.fictional() && !ge.id().startsWith("nil:") && !kbIds.contains(ge.id())) {
                    outside.add(ge.id());
                }
                String sys = majority(ge.id(), goldIds, sysIds);
                if (sys == null) {
                    continue;
                }
                chosen.put(ge.id(), sys);
                if (VERBOSE && !ge.fictional() && kbIds.contains(ge.id()) && !sys.equals(ge.id())) {
                    System.err.printf("%s kb miss   %s %s: %s -> %s%n", mode, gd.article(), ge.name(), ge.id(), sys);
                }
                if (ge.fictional()) {
                    nilTotal++;
                    nilCorrect += sys.startsWith("nil:") ? 1 : 0;
                } else if (!outside.contains(ge.id()) && !ge.id().startsWith("nil:")) {
                    kbTotal++;
                    kbCorrect += sys.equals(ge.id()) ? 1 : 0;
                }
            }
            goldIds.forEach((span, id) -> {
                if (outside.contains(id)) {
                    outsideMentions++;
                    String sys = sysIds.get(span);
                    if (sys != null) {
                        outsideNil += sys.startsWith("nil:") ? 1 : 0;
                        outsideLinked += sys.startsWith("nil:") ? 0 : 1;
                        if (VERBOSE && !sys.startsWith("nil:")) {
                            System.err.printf("%s outside   %s %s -> %s%n", mode, gd.article(), id, sys);
                        }
                    }
                }
            });
            if (gd.pair() != null) {
                pairs.computeIfAbsent(gd.pair(), k -> new HashMap<>()).put(gd.lang(), chosen);
            }
        }

        private static String majority(String goldId, Map<String, String> goldIds, Map<String, String> sysIds) {
            Map<String, Integer> votes = new HashMap<>();
            goldIds.forEach((span, id) -> {
                String s = sysIds.get(span);
                if (id.equals(goldId) && s != null) {
                    votes.merge(s, 1, Integer::sum);
                }
            });
            String best = null;
            for (Map.Entry<String, Integer> v : votes.entrySet()) {
                if (best == null || v.getValue() > votes.get(best)
                        || (v.getValue().equals(votes.get(best)) && v.getKey().compareTo(best) < 0)) {
                    best = v.getKey();
                }
            }
            return best;
        }

        LinkReport.Scores scores() {
            int agree = 0;
            int total = 0;
            for (Map<String, Map<String, String>> byLang : pairs.values()) {
                Map<String, String> ja = byLang.get("ja");
                Map<String, String> en = byLang.get("en");
                if (ja == null || en == null) {
                    continue;
                }
                for (Map.Entry<String, String> e : ja.entrySet()) {
                    if (en.containsKey(e.getKey())) {
                        total++;
                        boolean same = e.getValue().equals(en.get(e.getKey()));
                        agree += same ? 1 : 0;
                        if (VERBOSE && !same) {
                            System.err.printf("%s disagree  %s: ja %s / en %s%n", mode, e.getKey(), e.getValue(), en.get(e.getKey()));
                        }
                    }
                }
            }
            return new LinkReport.Scores(round(b3.precision()), round(b3.recall()), round(b3.f1()), kbCorrect, kbTotal,
                    nilCorrect, nilTotal, agree, total, outsideMentions, outsideNil, outsideLinked);
        }

        private static double round(double v) {
            return Math.round(v * 10000) / 10000.0;
        }
    }
}
