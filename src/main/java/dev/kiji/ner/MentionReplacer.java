package dev.kiji.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Training-data augmentation by mention replacement: copies of a training sentence in which some
 * gold mentions are replaced by other names of the same class, the context kept, so the tagger
 * sees more names in each context and learns the context rather than the names. Deterministic:
 * the copies of a sentence depend only on the seed, the sentence's index and the pools.
 */
final class MentionReplacer {
    private final NamePools pools;
    private final Augmentation settings;

    MentionReplacer(NamePools pools, Augmentation settings) {
        this.pools = pools;
        this.settings = settings;
    }

    /** {@code samples} followed by {@code copies} replaced copies of each sample that has mentions. */
    List<StockmarkCorpus.Sample> augment(List<StockmarkCorpus.Sample> samples, long seed) {
        List<StockmarkCorpus.Sample> out = new ArrayList<>(samples);
        for (int k = 1; k <= settings.copies(); k++) {
            for (StockmarkCorpus.Sample s : samples) {
                StockmarkCorpus.Sample c = copy(s, new Random(mix(seed, s.index(), k)));
                if (c != null) out.add(c);
            }
        }
        return out;
    }

    /**
     * One copy of {@code s} with each mention replaced with probability {@code probability} (at least
     * one replaced), or null when {@code s} has no mentions, overlapping mentions or no replacement name.
     */
    StockmarkCorpus.Sample copy(StockmarkCorpus.Sample s, Random rnd) {
        List<Span> gold = new ArrayList<>(s.gold());
        if (gold.isEmpty()) return null;
        gold.sort(null);
        for (int i = 1; i < gold.size(); i++) {
            if (gold.get(i).start() < gold.get(i - 1).end()) return null;
        }
        String[] names = new String[gold.size()];
        int replaced = 0;
        for (int i = 0; i < names.length; i++) {
            if (rnd.nextDouble() < settings.probability()) replaced += replace(s, gold.get(i), names, i, rnd);
        }
        if (replaced == 0) {
            int i = rnd.nextInt(gold.size());
            if (replace(s, gold.get(i), names, i, rnd) == 0) return null;
        }
        StringBuilder text = new StringBuilder(s.text().length() + 16);
        List<Span> spans = new ArrayList<>(gold.size());
        int at = 0;
        for (int i = 0; i < names.length; i++) {
            Span g = gold.get(i);
            text.append(s.text(), at, g.start());
            int start = text.length();
            text.append(names[i] != null ? names[i] : s.text().substring(g.start(), g.end()));
            spans.add(new Span(start, text.length(), g.type()));
            at = g.end();
        }
        text.append(s.text(), at, s.text().length());
        return new StockmarkCorpus.Sample(s.index(), text.toString(), List.copyOf(spans));
    }

    /** Draws a name for mention {@code g} different from its own text into {@code names[i]}; 1 when one was found. */
    private int replace(StockmarkCorpus.Sample s, Span g, String[] names, int i, Random rnd) {
        String old = s.text().substring(g.start(), g.end());
        int edges = settings.sameEdges() ? edges(old) : 0;
        for (int attempt = 0; attempt < (settings.sameEdges() ? 32 : 4); attempt++) {
            String name = pools.draw(g.type(), settings.externalShare(), rnd);
            if (name != null && !name.isEmpty() && !name.equals(old) && (!settings.sameEdges() || edges(name) == edges)) {
                names[i] = name;
                return 1;
            }
        }
        return 0;
    }

    /** The script classes ({@link CharClass}, width-folded, ・ and ー as katakana) of the first and last character. */
    static int edges(String name) {
        String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
        return script(n.charAt(0)) * 32 + script(n.charAt(n.length() - 1));
    }

    private static int script(char c) {
        int k = CharClass.of(c);
        return k == 3 || k == 4 ? CharClass.of('ア') : k == 9 ? CharClass.of('A') : k;
    }

    static long mix(long seed, int index, int copy) {
        long x = seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + copy * 0x165667B19E3779F9L;
        x ^= x >>> 31;
        x *= 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 29);
    }
}
