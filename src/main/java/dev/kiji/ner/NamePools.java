package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import dev.kiji.doc.EntityType;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.models.Models;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Replacement names per class for {@link MentionReplacer}: the names of the training sentences
 * ("internal") and names from outside them ("external": ENAMDICT entries of one class, person
 * names composed of an ENAMDICT surname and given name, the default KB's names by type). An
 * external draw picks one of the class's sources uniformly, then a name in it, so a small source
 * (the KB's countries) is not drowned by a large one (ENAMDICT's 194k villages).
 */
final class NamePools {
    /** Draws one name. */
    interface Source {
        String draw(Random rnd);

        static Source of(List<String> names) {
            List<String> copy = List.copyOf(names);
            return rnd -> copy.get(rnd.nextInt(copy.size()));
        }
    }

    private final Map<NerClass, List<String>> internal;
    private final Map<NerClass, List<Source>> external;

    NamePools(Map<NerClass, List<String>> internal, Map<NerClass, List<Source>> external) {
        this.internal = new EnumMap<>(NerClass.class);
        internal.forEach((c, l) -> { if (!l.isEmpty()) this.internal.put(c, List.copyOf(l)); });
        this.external = new EnumMap<>(NerClass.class);
        external.forEach((c, l) -> { if (!l.isEmpty()) this.external.put(c, List.copyOf(l)); });
    }

    /** A name of class {@code c}: external with probability {@code externalShare} when there is one, or null. */
    String draw(NerClass c, double externalShare, Random rnd) {
        List<Source> ext = external.get(c);
        List<String> in = internal.get(c);
        boolean useExternal = ext != null && (in == null || rnd.nextDouble() < externalShare);
        if (useExternal) return ext.get(rnd.nextInt(ext.size())).draw(rnd);
        return in == null ? null : in.get(rnd.nextInt(in.size()));
    }

    /** The distinct gold names of {@code samples} by class, in order of first occurrence. */
    static Map<NerClass, List<String>> trainNames(List<StockmarkCorpus.Sample> samples) {
        Map<NerClass, Set<String>> m = new EnumMap<>(NerClass.class);
        for (StockmarkCorpus.Sample s : samples) {
            for (Span g : s.gold()) {
                m.computeIfAbsent(g.type(), k -> new LinkedHashSet<>()).add(s.text().substring(g.start(), g.end()));
            }
        }
        Map<NerClass, List<String>> out = new EnumMap<>(NerClass.class);
        m.forEach((c, set) -> out.put(c, List.copyOf(set)));
        return out;
    }

    /** Pools of the train names plus ENAMDICT ({@code models/enamdict}) and the default KB. */
    static NamePools withDefaultSources(List<StockmarkCorpus.Sample> train) {
        Map<NerClass, List<Source>> ext = new EnumMap<>(NerClass.class);
        enamdictSources(ext);
        kbSources(KnowledgeBase.shared().entries(), ext);
        return new NamePools(trainNames(train), ext);
    }

    private static void add(Map<NerClass, List<Source>> m, NerClass c, Source s) {
        m.computeIfAbsent(c, k -> new ArrayList<>()).add(s);
    }

    /**
     * ENAMDICT headwords of exactly one class: full names (foreign names only when written with ・),
     * kanji surname + given name, katakana given name ・ surname, places, companies,
     * organizations, stations, products and works.
     */
    static void enamdictSources(Map<NerClass, List<Source>> m) {
        Map<String, List<String>> byCode = new java.util.HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Models.open("enamdict/" + NameDictionary.FILE_NAME)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int a = line.indexOf('\t');
                int b = line.indexOf('\t', a + 1);
                if (a < 2 || b < 0) continue;
                String key = line.substring(0, a);
                if (key.length() > 16) continue;
                byCode.computeIfAbsent(line.substring(a + 1, b), k -> new ArrayList<>()).add(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ENAMDICT for augmentation", e);
        }
        List<String> persons = byCode.getOrDefault("h", List.of()).stream()
                .filter(k -> !NerTagger.isKatakana(k.charAt(0)) || k.indexOf('・') > 0).toList();
        List<String> kanjiSurnames = only(byCode.get("s"), NamePools::isKanji);
        List<String> kanjiGiven = only(byCode.get("g"), NamePools::isKanji);
        List<String> kanaSurnames = only(byCode.get("s"), NamePools::isKatakanaWord);
        List<String> kanaGiven = only(byCode.get("g"), NamePools::isKatakanaWord);
        addIfAny(m, NerClass.PERSON, persons);
        if (!kanjiSurnames.isEmpty() && !kanjiGiven.isEmpty()) {
            add(m, NerClass.PERSON, rnd -> pick(kanjiSurnames, rnd) + pick(kanjiGiven, rnd));
        }
        if (!kanaSurnames.isEmpty() && !kanaGiven.isEmpty()) {
            add(m, NerClass.PERSON, rnd -> pick(kanaGiven, rnd) + "・" + pick(kanaSurnames, rnd));
        }
        addIfAny(m, NerClass.LOCATION, byCode.get("p"));
        addIfAny(m, NerClass.COMPANY, byCode.get("c"));
        addIfAny(m, NerClass.ORG_OTHER, byCode.get("o"));
        addIfAny(m, NerClass.FACILITY, byCode.get("t"));
        addIfAny(m, NerClass.PRODUCT, byCode.get("r"));
        addIfAny(m, NerClass.PRODUCT, byCode.get("w"));
    }

    /** The Japanese labels and aliases of KB entries of every class but the unspecific ORGANIZATION. */
    static void kbSources(Iterable<KbEntry> entries, Map<NerClass, List<Source>> m) {
        Map<NerClass, Set<String>> names = new EnumMap<>(NerClass.class);
        for (KbEntry e : entries) {
            if (e.type() == EntityType.ORGANIZATION && e.subtype() == null) continue;
            NerClass c = NerClass.of(e.type(), e.subtype());
            if (c == null) continue;
            Set<String> s = names.computeIfAbsent(c, k -> new java.util.TreeSet<>());
            if (e.labels().ja() != null && e.labels().ja().length() >= 2) s.add(e.labels().ja());
            for (String a : e.aliases().ja()) {
                if (a.length() >= 2) s.add(a);
            }
        }
        names.forEach((c, s) -> addIfAny(m, c, List.copyOf(s)));
    }

    private static void addIfAny(Map<NerClass, List<Source>> m, NerClass c, List<String> names) {
        if (names != null && !names.isEmpty()) add(m, c, Source.of(names));
    }

    private static List<String> only(List<String> names, java.util.function.Predicate<String> p) {
        return names == null ? List.of() : names.stream().filter(p).toList();
    }

    private static String pick(List<String> l, Random rnd) {
        return l.get(rnd.nextInt(l.size()));
    }

    static boolean isKanji(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '々')) return false;
        }
        return true;
    }

    static boolean isKatakanaWord(String s) {
        if (s.length() < 2) return false;
        for (int i = 0; i < s.length(); i++) {
            if (!NerTagger.isKatakana(s.charAt(i)) || s.charAt(i) == '・') return false;
        }
        return true;
    }
}
