package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ablation harness for {@link NewsPostPass} (not a test): scores the model with and without each
 * post-pass rule on the kiji gold corpus (20 Japanese articles) and on Stockmark dev, tagging each
 * text once. Run from the project root after {@code ./mvnw -o test-compile}:
 * {@code java -cp target/classes:target/test-classes:<deps> dev.kiji.ner.NewsPostPassMeasure
 * ner.json split.tsv GOLD[,GOLD…] [alone|without|RULE|gold]}: {@code alone} (default) scores each rule alone,
 * {@code without} all default rules but one, a RULE prints what it changes on top of the others, {@code gold}
 * prints predictions.
 *
 * <pre>
 * rule (alone)          gold F1   dev F1
 * none                  0.6498    0.7426
 * LATIN_NAMES           0.6498    0.7426   (no Latin names in gold; fixes "Eri Sugiura", "BenHall" in the seed)
 * SPLIT_JOINED          0.6498    0.7426   (no instances in gold; fixes ブリンケン・ラブロフ会議 in the seed)
 * REGION_COUNTRIES      0.6547    0.7425
 * REGION_PERSONS        0.6546    0.7426
 * TRIM_INSIDE           0.6594    0.7433
 * PAREN_SPLIT           0.6675    0.7426
 * PROPAGATE             0.6619    0.7430
 * BAD_STARTS            0.6498    0.7429
 * ADMIN_SPLIT           0.6936    0.7146   (annotation convention: gold splits 宮城県|大衡村, Stockmark joins)
 * DEFAULT_RULES         0.6979    0.7434   (all but ADMIN_SPLIT)
 * DEFAULT + ADMIN_SPLIT 0.7399    0.7147
 * second round (CRF model, 28 gold articles; harness figures, without the pipeline's other stages):
 * none                  0.6759    0.7571
 * ENUMERATION_SPLIT     0.6759    0.7571   (no instance in gold; held-out-style 静岡・愛知, 東京・国立競技場)
 * COUNTRY_SPLIT         0.6943    0.7477   (convention: gold 日本政府 → 日本, 米航空宇宙局 → 米 + 航空宇宙局; Stockmark keeps them whole)
 * NUMBERED_EVENTS       0.6785    0.7568
 * COMMON_NOUNS          0.6759    0.7578
 * KNOWN_NAMES   0.6940    0.7571   (acronyms and IPADIC organizations the default KB knows)
 * fifth session (pruned CRF weights, 0.02): none 0.6898 / 0.7712; LATIN_LISTS 0.6898 / 0.7712 (no instance in
 * gold or dev; a credit line of Latin names next to a person: "Marton Dunay" in the seed); all 0.8134 / 0.7312;
 * ASSOCIATIONS 0.6977 / 0.7660 (convention: kiji types federations, associations and unions OTHER; Stockmark
 * mostly 法人名 or 政治的組織名, so dev loses 7 entities)
 * all rules             0.7951    0.7189
 * sixth session, leave-one-out ('without' mode; h17-h24, h01-h16, test-corpus gold, Stockmark dev; harness figures):
 * DEFAULT               0.9426  0.8538  0.8918  0.7223
 * - PERSON_TITLES       0.9015  0.8518  0.8918  0.7246   (the typer's PERSON keeps the title the tagger left in)
 * - APPOSITIVES         0.8806  0.8471  0.8837  0.7246
 * - PAREN_ACRONYMS      0.9042  0.8518  0.8907  0.7246
 * - SHORT_FORMS         0.8945  0.8504  0.8879  0.7236
 * - NAME_USAGES         0.9051  0.8518  0.8918  0.7263   (convention: Stockmark tags the 日本 of 日本人)
 * - KNOWN_TYPES         0.9064  0.8282  0.8307  0.7253   (in the pipeline the linker already retypes linked mentions)
 * - GENERIC_COMPOUNDS   0.9377  0.8538  0.8918  0.7246   (Stockmark tags generic awards: 優秀賞)
 * - EVENT_SHAPES        0.9377  0.8538  0.8918  0.7223
 * (the first five rows were measured before GENERIC_COMPOUNDS and EVENT_SHAPES existed)
 * rejected: REGION_PLACES (地域-一般 tokens → LOCATION) 0.6498 / 0.7415; ACRONYMS (PRODUCT [A-Z]{2,6} →
 * ORGANIZATION) 0.6498 / 0.7411; BAD_ENDINGS (last token 助詞/助動詞/動詞) 0.6449 / 0.7424, restricted to
 * non-PRODUCT/EVENT 0.6498 / 0.7426; SAHEN_ENDINGS (multi-token mention ending in a サ変 noun: 選挙, 計画,
 * 代表 are names' heads) 0.6416 / 0.7340.
 * </pre>
 */
final class NewsPostPassMeasure {
    private record Tagged(List<Token> tokens, List<Span> spans) {
    }

    public static void main(String[] a) throws Exception {
        NameDictionary dict = NameDictionary.loadDefault();
        NerTagger tagger = NerTagger.load(Path.of(NerTagger.DEFAULT_DIR), dict);
        Map<String, Tagged> cache = new HashMap<>();
        List<StockmarkCorpus.Sample> dev = StockmarkCorpus.load(Path.of(a[0]), Path.of(a[1]), "dev");
        List<Path> golds = new ArrayList<>();
        for (String g : a[2].split(",")) golds.add(Path.of(g));
        String mode = a.length > 3 ? a[3] : "alone";
        if (mode.equals("gold")) {
            NewsPostPass pass = new NewsPostPass(dict, NewsPostPass.DEFAULT_RULES, KnownNames::ofDefaultKb);
            NerEvaluator.evaluateGold(golds.get(0), text -> {
                List<Mention> m = mentions(text, pass, tag(tagger, text));
                for (Mention x : m) System.out.println("PRED\t" + x.span().start() + "\t" + x.text() + "\t" + x.type() + "/" + x.subtype());
                System.out.println("TEXT\t" + text.substring(0, Math.min(20, text.length())));
                return m;
            });
            return;
        }
        if (!mode.equals("alone") && !mode.equals("without")) {
            diff(dict, tagger, dev, golds, NewsPostPass.Rule.valueOf(mode));
            return;
        }
        List<Set<NewsPostPass.Rule>> variants = new ArrayList<>();
        variants.add(mode.equals("alone") ? EnumSet.noneOf(NewsPostPass.Rule.class) : NewsPostPass.DEFAULT_RULES);
        for (NewsPostPass.Rule r : NewsPostPass.Rule.values()) {
            if (mode.equals("alone")) {
                variants.add(EnumSet.of(r));
            } else {
                Set<NewsPostPass.Rule> v = EnumSet.copyOf(NewsPostPass.DEFAULT_RULES);
                v.remove(r);
                variants.add(v);
            }
        }
        for (Set<NewsPostPass.Rule> rules : variants) {
            NewsPostPass pass = new NewsPostPass(dict, rules, KnownNames::ofDefaultKb);
            StringBuilder line = new StringBuilder(label(rules, mode));
            for (Path gold : golds) {
                EvalResult g = NerEvaluator.evaluateGold(gold, text -> mentions(text, pass, cache.computeIfAbsent(text,
                        t -> tag(tagger, t))));
                line.append(String.format("  %s %.4f (P %.4f R %.4f)", gold.getParent().getFileName(), g.f1(), g.precision(), g.recall()));
            }
            Scorer s = new Scorer();
            for (StockmarkCorpus.Sample d : dev) {
                Tagged t = cache.computeIfAbsent(d.text(), x -> tag(tagger, x));
                s.add(d.gold(), pass.apply(d.text(), t.tokens(), t.spans()));
            }
            EvalResult r = s.result();
            System.out.println(line.append(String.format("  dev %.4f (P %.4f R %.4f)", r.f1(), r.precision(), r.recall())));
        }
    }

    private static String label(Set<NewsPostPass.Rule> rules, String mode) {
        if (rules.size() <= 1) return String.format("%-18s", rules.isEmpty() ? "none" : rules.iterator().next());
        if (rules.equals(NewsPostPass.DEFAULT_RULES)) return String.format("%-18s", "DEFAULT");
        Set<NewsPostPass.Rule> missing = EnumSet.copyOf(NewsPostPass.DEFAULT_RULES);
        missing.removeAll(rules);
        return String.format("%-18s", "-" + missing);
    }

    /** Prints what {@code rule} changes on top of the other default rules, per gold article and Stockmark dev sentence. */
    private static void diff(NameDictionary dict, NerTagger tagger, List<StockmarkCorpus.Sample> dev, List<Path> golds,
            NewsPostPass.Rule rule) throws java.io.IOException {
        Set<NewsPostPass.Rule> without = EnumSet.copyOf(NewsPostPass.DEFAULT_RULES);
        without.remove(rule);
        NewsPostPass pass = new NewsPostPass(dict, NewsPostPass.DEFAULT_RULES, KnownNames::ofDefaultKb);
        NewsPostPass base = new NewsPostPass(dict, without, KnownNames::ofDefaultKb);
        for (Path gold : golds) {
            try (var files = java.nio.file.Files.list(gold.getParent().resolve("articles/ja"))) {
                for (Path f : files.sorted().toList()) {
                    String text = java.nio.file.Files.readString(f);
                    Tagged t = tag(tagger, text);
                    List<Span> p0 = base.apply(text, t.tokens(), t.spans());
                    List<Span> p1 = pass.apply(text, t.tokens(), t.spans());
                    List<Span> removed = new ArrayList<>(p0);
                    removed.removeAll(p1);
                    List<Span> added = new ArrayList<>(p1);
                    added.removeAll(p0);
                    if (!removed.isEmpty() || !added.isEmpty()) {
                        System.out.println(f.getFileName() + " - " + show(text, removed) + " + " + show(text, added));
                    }
                }
            }
        }
        for (StockmarkCorpus.Sample d : dev) {
            Tagged t = tag(tagger, d.text());
            List<Span> p0 = base.apply(d.text(), t.tokens(), t.spans());
            List<Span> p1 = pass.apply(d.text(), t.tokens(), t.spans());
            if (p0.equals(p1)) continue;
            System.out.println(d.text());
            System.out.println("  gold " + show(d.text(), d.gold()));
            System.out.println("  base " + show(d.text(), p0));
            System.out.println("  rule " + show(d.text(), p1));
        }
    }

    private static String show(String text, List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) sb.append(text, s.start(), s.end()).append('/').append(s.type().key()).append("  ");
        return sb.toString();
    }

    private static Tagged tag(NerTagger tagger, String text) {
        List<Token> tokens = NerTagger.tokenizeNormalized(text);
        return new Tagged(tokens, tagger.tag(text, tokens));
    }

    private static List<Mention> mentions(String text, NewsPostPass pass, Tagged t) {
        List<Mention> out = new ArrayList<>();
        for (Span s : pass.apply(text, t.tokens(), t.spans())) {
            out.add(Mention.of(new CharSpan(s.start(), s.end()), text, s.type().type(), s.type().subtype(), null));
        }
        return out;
    }
}
