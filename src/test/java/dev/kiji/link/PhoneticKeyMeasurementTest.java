package dev.kiji.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.dict.NameDictionary;
import dev.kiji.dict.NameEntry;
import dev.kiji.dict.NameType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Measures the cross-script person key on ENAMDICT's katakana names, which give the Latin spelling
 * of each foreign name ({@code ダニエル Daniel}): how often the katakana side and the spelling side key
 * alike (recall), and how many distinct spellings share a key with another distinct spelling
 * (collisions), for single names and for full names. Prints the figures and pins floors/ceilings.
 */
class PhoneticKeyMeasurementTest {

    private record Pair(String kana, String spelling) {
    }

    private static String ascii(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.matches("[A-Za-z][A-Za-z' -]*") ? d.toLowerCase(java.util.Locale.ROOT) : null;
    }

    @Test
    void recallAndCollisionsOnEnamdictKatakanaNames() {
        NameDictionary dict = NameDictionary.loadDefault();
        ForeignName fn = ForeignName.shared();
        int people = NameType.SURNAME.bit() | NameType.GIVEN.bit() | NameType.PERSON.bit() | NameType.OTHER.bit();
        List<Pair> single = new ArrayList<>();
        List<Pair> full = new ArrayList<>();
        for (int i = 0; i < dict.size(); i++) {
            if ((dict.typeMask(i) & people) == 0) {
                continue;
            }
            NameEntry e = dict.entry(i);
            if (!Hepburn.isKana(e.key()) || e.romanizations().isEmpty()) {
                continue;
            }
            String sp = ascii(e.romanizations().get(0));
            if (sp == null) {
                continue;
            }
            int kanaParts = NameForms.splitAtSeparators(e.key()).size();
            int spParts = sp.split("[ -]+").length;
            if (kanaParts == 1 && spParts == 1) {
                single.add(new Pair(e.key(), sp));
            } else if (kanaParts == 2 && spParts == 2) {
                full.add(new Pair(e.key(), sp));
            }
        }
        report("single names", single, fn);
        // Japanese people written in Latin letters must keep the exact key up to voicing (Sato never = Saito)
        int japanese = 0;
        int phonetic = 0;
        for (int i = 0; i < dict.size() && japanese < 20000; i++) {
            if ((dict.typeMask(i) & NameType.PERSON.bit()) == 0 || Hepburn.isKana(dict.entry(i).key())
                    || NameForms.isLatin(dict.entry(i).key())) {
                continue;
            }
            for (String r : dict.entry(i).romanizations()) {
                String sp = ascii(r);
                if (sp != null && sp.split(" ").length == 2) {
                    japanese++;
                    List<String> parts = List.of(sp.split(" "));
                    if (!unvoiced(fn.person(parts, ForeignName.Script.LATIN)).equals(unvoiced(RomanKey.of(parts)))) {
                        phonetic++;
                    }
                    break;
                }
            }
        }
        System.out.printf("Japanese full names in Latin letters: %d, keyed by sound %.4f%n", japanese,
                (double) phonetic / japanese);
        assertTrue((double) phonetic / japanese < 0.02, "Japanese names keyed by sound");
        // synthetic population: 20,000 distinct two-part names drawn (fixed seed) from the single spellings
        java.util.Random rnd = new java.util.Random(42);
        Map<String, Set<String>> byKey = new HashMap<>();
        Set<String> names = new HashSet<>();
        while (names.size() < 20000) {
            String a = single.get(rnd.nextInt(single.size())).spelling();
            String b = single.get(rnd.nextInt(single.size())).spelling();
            String norm = a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
            if (!a.equals(b) && names.add(norm)) {
                byKey.computeIfAbsent(fn.person(List.of(a, b), ForeignName.Script.LATIN), x -> new HashSet<>()).add(norm);
            }
        }
        double synthetic = (double) byKey.values().stream().filter(x -> x.size() > 1).mapToInt(Set::size).sum() / names.size();
        System.out.printf("synthetic full names: %d distinct, %.4f share their key with another%n", names.size(), synthetic);
        assertTrue(synthetic < 0.02, "synthetic full-name collision rate " + synthetic);
        double[] f = report("full names", full, fn);
        assertTrue(f[0] > 0.2, "full-name recall " + f[0]);
        assertTrue(f[1] < 0.05, "full-name collision rate " + f[1]);
    }

    private static double[] report(String what, List<Pair> pairs, ForeignName fn) {
        int match = 0;
        int exactMatch = 0;
        Map<String, Set<String>> byKey = new HashMap<>();
        Set<String> spellings = new HashSet<>();
        for (Pair p : pairs) {
            List<String> kanaParts = new ArrayList<>();
            for (String k : NameForms.splitAtSeparators(p.kana())) {
                kanaParts.add(Hepburn.romanize(k));
            }
            List<String> spParts = List.of(p.spelling().split("[ -]+"));
            String kk = fn.person(kanaParts, ForeignName.Script.KANA, ForeignName.loanMarks(p.kana()));
            String sk = fn.person(spParts, ForeignName.Script.LATIN);
            if (kk.equals(sk)) {
                match++;
            } else if (System.getProperty("probe") != null && p.kana().contains("・")) {
                System.out.println("MISS " + p.kana() + " " + p.spelling() + " " + kk + " / " + sk);
            }
            if (RomanKey.of(kanaParts).equals(RomanKey.of(spParts))) {
                exactMatch++;
            }
            String norm = String.join(" ", spParts.stream().map(s -> s.replaceAll("[^a-z]", "")).sorted().toList());
            if (spellings.add(norm)) {
                byKey.computeIfAbsent(sk, x -> new HashSet<>()).add(norm);
            }
        }
        int shared = byKey.values().stream().filter(s -> s.size() > 1).mapToInt(Set::size).sum();
        double recall = pairs.isEmpty() ? 0 : (double) match / pairs.size();
        double collisions = spellings.isEmpty() ? 0 : (double) shared / spellings.size();
        System.out.printf("%s: %d katakana/spelling pairs, same key %.3f (exact romaji key %.3f); %d distinct spellings,"
                + " %.3f share their key with another spelling%n", what, pairs.size(), recall,
                (double) exactMatch / Math.max(1, pairs.size()), spellings.size(), collisions);
        return new double[] {recall, collisions};
    }

    /** A person key's parts up to voicing ({@link RomanKey#unvoiced}), sorted: what "exact" means for a Japanese name. */
    private static String unvoiced(String key) {
        return java.util.Arrays.stream(key.split("_")).map(RomanKey::unvoiced).sorted()
                .reduce((a, b) -> a + "_" + b).orElse("");
    }
}
