package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Groups the entity mentions of one article, in text order. A mention joins the most recently
 * mentioned compatible cluster that (1) has the same normalized name, (2) the KB resolves to the
 * same entry (so {@code 国連 = United Nations}, {@code 日銀 = Bank of Japan}), (3) it is a short
 * form of ({@code ブリンケン → アントニー・ブリンケン}, {@code トヨタ → トヨタ自動車}) or a fuller form of;
 * otherwise it starts a new cluster. Finally a one-off unknown spelling joins a close name
 * ({@link NameSimilarity}).
 */
final class MentionClusterer {
    private final KnowledgeBase kb;
    private final KbAliasIds ids;

    MentionClusterer(KnowledgeBase kb) {
        this.kb = kb;
        this.ids = new KbAliasIds(kb);
    }

    List<Cluster> cluster(List<MentionForm> forms) {
        return cluster(forms, null);
    }

    /** @param text the document text, to find parenthetical glosses ({@link ParentheticalGloss}); may be null */
    List<Cluster> cluster(List<MentionForm> forms, String text) {
        List<Cluster> clusters = new ArrayList<>();
        MentionForm previous = null;
        Cluster previousCluster = null;
        for (MentionForm f : forms) {
            String found = ids.strong(f);
            Cluster shortOfKnown = KbEntry.isEnamdictImport(found) ? mostRecent(clusters, x -> x.type() == f.type()
                    && !x.kbIds().isEmpty() && shortFormOfKnown(f, x)) : null;
            String strong = shortOfKnown != null ? null : found;  // a name ENAMDICT alone lists gives way to the article's
            Set<String> partial = ids.partial(f);
            Cluster c = previous != null && !previousCluster.conflictsWith(strong) && ParentheticalGloss.glosses(text, previous, f)
                    ? previousCluster : null;  // 北中米ワールドカップ（Ｗ杯）: the gloss names what it follows
            if (c == null) {
                c = mostRecent(clusters, x -> x.type() == f.type() && x.keys().contains(f.key()));
            }
            boolean team = false;
            if (c == null && (strong != null ? ids.type(strong) != f.type()
                    : f.type() == EntityType.ORGANIZATION && !NameForms.isLatin(f.canonical()))) {  // 浦和, which the KB lacks
                c = mostRecent(clusters, x -> x.type() == f.type() && teamOfPlace(f, x));  // 広島 = サンフレッチェ広島
                team = c != null;
            }
            if (c == null && strong != null) {
                c = mostRecent(clusters, x -> KbAliasIds.compatible(x.type(), f.type()) && x.kbIds().contains(strong));
            }
            if (c == null) {
                c = shortOfKnown;
            }
            if (c == null && f.type() == EntityType.PERSON && !f.isMultiPart()) {
                c = mostMentioned(clusters, x -> x.type() == f.type() && x.partKeys().contains(f.key())
                        && (x.kbIds().stream().anyMatch(partial::contains) || !x.conflictsWith(strong) && shortOrFullForm(f, x)));
            }
            if (c == null && !partial.isEmpty()) {
                c = mostRecent(clusters, x -> x.type() == f.type() && x.kbIds().stream().anyMatch(partial::contains));
            }
            if (c == null) {
                c = mostRecent(clusters, x -> x.type() == f.type() && !x.conflictsWith(strong) && shortOrFullForm(f, x));
            }
            if (c == null) {
                c = new Cluster(f.type());
                clusters.add(c);
            }
            c.add(f, team ? null : strong);  // the team is not the place
            previous = f;
            previousCluster = c;
        }
        joinAmbiguousNames(clusters);
        joinEarlierNames(clusters);
        mergeMisspellings(clusters);
        return clusters;
    }

    /**
     * A name the KB gives to several entries ({@code Tigers}: Hanshin's and Detroit's) joins the one cluster of the
     * article that holds one of those entries by a name of its own ({@code Hanshin Tigers}), wherever that cluster
     * starts: a headline's nickname before the full name in the lead is the same team. With no such cluster, or
     * two, the name stays apart for the resolver.
     */
    private void joinAmbiguousNames(List<Cluster> clusters) {
        joinUnique(clusters, s -> {
            Set<String> named = s.kbIds().isEmpty() ? namedByAll(s) : Set.of();
            return c -> c.kbIds().stream().anyMatch(named::contains);
        });
    }

    /**
     * A cluster the KB does not know whose names all belong to one cluster the KB does know joins it, wherever it
     * starts: the headline's Ｗ杯 before the lead's 北中米ワールドカップ（Ｗ杯）. With two such clusters it stays apart.
     */
    private static void joinEarlierNames(List<Cluster> clusters) {
        joinUnique(clusters, s -> c -> s.kbIds().isEmpty() && !c.kbIds().isEmpty() && c.keys().containsAll(s.keys()));
    }

    /**
     * Moves every cluster into the one other cluster of its type that {@code fits.apply(it)} accepts, when exactly one
     * does; a cluster that two or none accept stays.
     */
    private static void joinUnique(List<Cluster> clusters, Function<Cluster, Predicate<Cluster>> fits) {
        for (int i = 0; i < clusters.size(); i++) {
            Cluster s = clusters.get(i);
            Predicate<Cluster> fit = fits.apply(s);
            Cluster target = null;
            int targets = 0;
            for (Cluster c : clusters) {
                if (c != s && c.type() == s.type() && fit.test(c)) {
                    target = c;
                    targets++;
                }
            }
            if (targets == 1) {
                for (MentionForm f : s.forms()) {
                    target.add(f, null);
                }
                clusters.remove(i);
                i--;
            }
        }
    }

    /** The entries every form of the cluster names, when each form names two or more; else empty. */
    private Set<String> namedByAll(Cluster s) {
        Set<String> common = null;
        for (MentionForm f : s.forms()) {
            Set<String> named = ids.fullOfType(f);
            if (named.size() < 2) {
                return Set.of();
            }
            if (common == null) {
                common = new java.util.HashSet<>(named);
            } else {
                common.retainAll(named);
            }
        }
        return common == null ? Set.of() : common;
    }

    /**
     * A one-off spelling the KB does not know ({@code Guterrez}, {@code ガテーレス}) joins the cluster of
     * a close same-type Latin or kana name. Repeated names are never merged this way: two people with
     * close names (Johnson, Johnston) are each usually named more than once.
     */
    private void mergeMisspellings(List<Cluster> clusters) {
        for (int i = 0; i < clusters.size(); i++) {
            Cluster s = clusters.get(i);
            if (s.forms().size() != 1 || !spellingVaries(s.forms().get(0)) || !kb.lookup(s.forms().get(0).key()).isEmpty()) {
                continue;
            }
            MentionForm f = s.forms().get(0);
            Cluster target = null;
            for (Cluster c : clusters) {
                if (c != s && c.type() == s.type() && misspelt(f, c)
                        && (target == null || c.forms().size() > target.forms().size())) {
                    target = c;
                }
            }
            if (target != null) {
                target.add(f, null);
                clusters.remove(i);
                i--;
            }
        }
    }

    /** Names in Latin letters or kana vary in spelling; kanji names do not (a different kanji is a different name). */
    private static boolean spellingVaries(MentionForm f) {
        return NameForms.isLatin(f.canonical()) || Hepburn.isKana(f.canonical());
    }

    private static Cluster mostRecent(List<Cluster> clusters, Predicate<Cluster> p) {
        Cluster best = null;
        for (Cluster c : clusters) {
            if (p.test(c) && (best == null || c.lastStart() > best.lastStart())) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The cluster {@code p} accepts that has the most mentions so far, the most recent of those tied: a bare surname
     * two people of the article share ({@code 森氏} after {@code 森朔太郎} and {@code 森重文}) is the one the article is
     * about, not whichever was named last in a list.
     */
    private static Cluster mostMentioned(List<Cluster> clusters, Predicate<Cluster> p) {
        Cluster best = null;
        for (Cluster c : clusters) {
            if (p.test(c) && (best == null || c.forms().size() > best.forms().size()
                    || c.forms().size() == best.forms().size() && c.lastStart() > best.lastStart())) {
                best = c;
            }
        }
        return best;
    }

    private boolean shortOrFullForm(MentionForm f, Cluster c) {
        if (f.type() == EntityType.PERSON) {
            if (c.partKeys().containsAll(f.partKeys()) && f.partKeys().size() < maxParts(c)) {
                return true;
            }
            if (c.allSinglePart() && f.isMultiPart() && f.partKeys().containsAll(c.keys())) {
                return true;
            }
            return !f.isMultiPart() && Hepburn.isKana(f.canonical()) && f.key().length() >= 3
                    && c.keys().stream().anyMatch(k -> k.length() > f.key().length() && k.endsWith(f.key()))
                    || kanjiGivenName(f, c) || kanjiFullNameOfGiven(f, c) || oneKanjiSurname(f, c);
        }
        boolean latin = NameForms.isLatin(f.canonical());
        for (MentionForm g : c.forms()) {
            if (related(f, g, latin)) {
                return c.forms().stream().noneMatch(h -> latin && otherFullName(f, h) || ids.nameOtherThings(f, h));
            }
        }
        return false;
    }

    /**
     * A kanji name of two or more characters that ends a kanji full name of the cluster ({@code 宗篤} after
     * {@code 鷹森宗篤}): the person called by the given name, as copy about historical figures does. Its own
     * reading (a given name read as two words) cannot tell, so the characters decide.
     */
    private static boolean kanjiGivenName(MentionForm f, Cluster c) {
        String s = f.canonical();
        if (s.length() < 2 || NameForms.isLatin(s) || Hepburn.isKana(s)) {
            return false;
        }
        return c.forms().stream().anyMatch(g -> g.isMultiPart() && g.canonical().length() > s.length()
                && g.canonical().endsWith(s) && !Hepburn.isKana(g.canonical()) && !NameForms.isLatin(g.canonical()));
    }

    /**
     * A kanji full name whose given name the cluster holds alone ({@code 鷹森宗篤} after {@code 宗篤} in a headline):
     * {@link #kanjiGivenName} read the other way round; a stage name Kuromoji does not split ({@code 市川團十郎}) counts.
     */
    private static boolean kanjiFullNameOfGiven(MentionForm f, Cluster c) {
        String full = f.canonical();
        if (!KanjiNames.allKanji(full)) {
            return false;
        }
        return c.forms().stream().allMatch(g -> g.canonical().length() >= 2 && full.length() > g.canonical().length()
                && full.endsWith(g.canonical()) && KanjiNames.allKanji(g.canonical()));  // 團|十郎 read as two parts: the characters decide
    }

    /**
     * One kanji that opens a two- or three-kanji name of the cluster read as one part ({@code 王} after {@code 王毅},
     * {@code 習} after {@code 習近平}): a Chinese or Korean surname, which news writes alone on later mentions, as it
     * does a Japanese one; Japanese full names are split into their parts already and joined by those.
     */
    private static boolean oneKanjiSurname(MentionForm f, Cluster c) {
        String s = f.canonical();
        if (s.length() != 1 || !KanjiNames.isKanji(s.charAt(0))) {
            return false;
        }
        return c.forms().stream().anyMatch(g -> !g.isMultiPart() && g.canonical().length() >= 2 && g.canonical().length() <= 3
                && g.canonical().startsWith(s) && KanjiNames.allKanji(g.canonical()));
    }

    /** {@code f} is a short or full form, a place-less form or an abbreviation of {@code g}, or the reverse. */
    private boolean related(MentionForm f, MentionForm g, boolean latin) {
        boolean fShorter = latin ? startsWithParts(g.partKeys(), f.partKeys()) : isPrefixForm(f.key(), g.key());
        boolean gShorter = latin ? startsWithParts(f.partKeys(), g.partKeys()) : isPrefixForm(g.key(), f.key());
        if (fShorter && !extendsKnownName(f, g) && !namesFeature(f, g, latin)
                || gShorter && !extendsKnownName(g, f) && !namesFeature(g, f, latin)) {
            return true;
        }
        if (latin) {
            return Abbreviations.acronym(kb, f, g) || Abbreviations.acronym(kb, g, f)
                    || lastWordName(kb, f, g) || lastWordName(kb, g, f);
        }
        return placeDropped(f, g) || Abbreviations.kanji(kb, f, g) || Abbreviations.kanji(kb, g, f);
    }

    /**
     * Two fuller names that share a first word but go on differently ({@code Hayase Pharmaceutical Co.} and
     * {@code Hayase Kusunoki Holdings}) are two entities, though the bare {@code Hayase} is a short form of both.
     */
    private static boolean otherFullName(MentionForm f, MentionForm g) {
        List<String> a = f.partKeys();
        List<String> b = g.partKeys();
        if (a.size() < 2 || b.size() < 2 || a.equals(b) || NilKeyForm.isAcronym(f.canonical())
                || NilKeyForm.isAcronym(g.canonical())) {
            return false;  // an acronym with an edition (TICAD 9) has two parts but is no other full name
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        if (!longer.subList(0, shorter.size()).equals(shorter)) {
            return true;
        }
        return false;
    }

    /**
     * A place name used for a team or club named after it ({@code 広島} for {@code サンフレッチェ広島},
     * {@code Kashima} for {@code Kashima Antlers}): the cluster has a name that is the place plus a nickname in
     * katakana or Latin letters of three or more characters, before or after it ({@code 東京電力} is no such name); in
     * Japanese also between a sponsor's name and a katakana nickname ({@code 浦和} for {@code 三菱重工浦和レッズレディース}).
     */
    private static boolean teamOfPlace(MentionForm f, Cluster c) {
        String k = f.key();
        for (MentionForm g : c.forms()) {
            String gk = g.key();
            if (gk.length() < k.length() + 3) {
                continue;
            }
            int at = gk.indexOf(k);
            String rest = gk.startsWith(k) ? gk.substring(k.length()) : gk.endsWith(k) ? gk.substring(0, gk.length() - k.length())
                    : at > 0 && !NameForms.isLatin(f.canonical()) ? gk.substring(at + k.length()) : null;
            if (rest == null) {
                continue;
            }
            boolean nickname = NameForms.isLatin(f.canonical())
                    ? !GenericWords.genericEnglish(List.of(rest)) && GenericWords.fromRomaji(rest) == null
                    : Hepburn.isKana(rest) && GenericWords.english(rest) == null;
            if (nickname) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code longer} is the KB-known {@code shorter} plus more than a legal form, and the KB does not know
     * {@code longer}: another entity named after it ({@code トヨタ自動車東日本}, a subsidiary of
     * {@code トヨタ自動車}; {@code Hokkaido 11th district}), since the KB lists its entities' full names.
     */
    private boolean extendsKnownName(MentionForm shorter, MentionForm longer) {
        if (ids.strong(shorter) == null || ids.strong(longer) != null) {
            return false;
        }
        if (NameForms.isLatin(longer.canonical())) {
            List<String> rest = longer.partKeys().subList(shorter.partKeys().size(), longer.partKeys().size());
            return !rest.stream().allMatch(w -> GenericWords.dropEnglish(w, longer.type()));
        }
        return !"".equals(GenericWords.english(longer.key().substring(shorter.key().length())));
    }

    /**
     * Japanese short form that drops a leading place name: {@code 府警} after {@code 大阪府警}, {@code 地裁}
     * after {@code 東京地裁}. Only for a short form the KB does not know (a known one such as
     * {@code 外務省} names its own entity).
     */
    private boolean placeDropped(MentionForm f, MentionForm g) {
        String k = f.key();
        if (k.length() < 2 || g.key().length() <= k.length() || !g.key().endsWith(k) || ids.strong(f) != null) {
            return false;
        }
        String place = g.key().substring(0, g.key().length() - k.length());
        return kb.lookup(place).stream().anyMatch(h -> !h.partial() && h.entry().type() == EntityType.LOCATION);
    }

    /** Last words that make a place's name another place's: the strait, bay or river named after an island or town. */
    private static final Set<String> FEATURE_EN = Set.of("strait", "straits", "bay", "sea", "river", "lake", "gulf",
            "channel", "peninsula", "mountains", "range", "ocean", "canal", "basin", "plain", "valley", "trench", "current");
    private static final Set<String> FEATURE_JA = Set.of("海峡", "湾", "海", "川", "湖", "半島", "山脈", "運河", "平野", "盆地",
            "海溝", "海流");

    /**
     * {@code longer} is the place {@code shorter} plus a word of geography that names another place after it
     * ({@code Tsushima Strait}, {@code 対馬海峡} after the island {@code Tsushima}; {@code 多摩川} after {@code 多摩}):
     * no full form of it, as {@code Tsushima Island} or {@code 鹿児島県} are.
     */
    private static boolean namesFeature(MentionForm shorter, MentionForm longer, boolean latin) {
        if (shorter.type() != EntityType.LOCATION || longer.type() != EntityType.LOCATION) {
            return false;
        }
        if (latin) {
            List<String> parts = longer.partKeys();
            return parts.size() == shorter.partKeys().size() + 1 && FEATURE_EN.contains(parts.get(parts.size() - 1));
        }
        return longer.key().length() > shorter.key().length()
                && FEATURE_JA.contains(longer.key().substring(shorter.key().length()));
    }

    /**
     * {@code f} is the first words (or, in Japanese script, the first characters) of a name of the cluster, which the
     * KB knows: {@code Mitsui Sumitomo} after {@code Mitsui Sumitomo Insurance} is the insurer, though ENAMDICT lists
     * the two words as a name of their own.
     */
    private static boolean shortFormOfKnown(MentionForm f, Cluster c) {
        boolean latin = NameForms.isLatin(f.canonical());
        return c.forms().stream().anyMatch(g -> latin ? startsWithParts(g.partKeys(), f.partKeys())
                : isPrefixForm(f.key(), g.key()));
    }

    /**
     * {@code word} is the last word of {@code name}, is its own word ({@link #ownLastWord}) and the KB does not know it:
     * {@code Gokaicho} after {@code Zenkoji Gokaicho}. A word the KB knows is its own entity ({@code Suzuki} after
     * {@code Maruti Suzuki}).
     */
    static boolean lastWordName(KnowledgeBase kb, MentionForm word, MentionForm name) {
        return ownLastWord(word) && endsWithWord(name, word) && kb.lookup(word.key()).isEmpty();
    }

    /** A Latin one-word name of four or more letters that is no generic word ({@code Line}, {@code Museum}). */
    private static boolean ownLastWord(MentionForm f) {
        return NameForms.isLatin(f.canonical()) && f.partKeys().size() == 1 && f.key().length() >= 4
                && !GenericWords.genericEnglish(f.partKeys());
    }

    /** {@code name} is a Latin name of two or more words, not a person's, that ends in {@code word}'s one word. */
    private static boolean endsWithWord(MentionForm name, MentionForm word) {
        List<String> parts = name.partKeys();
        return name.type() != EntityType.PERSON && NameForms.isLatin(name.canonical()) && parts.size() >= 2
                && parts.get(parts.size() - 1).equals(word.key());
    }

    /** {@code longer} begins with all of {@code shorter}'s words (and has more). */
    static boolean startsWithParts(List<String> longer, List<String> shorter) {
        return shorter.size() < longer.size() && longer.subList(0, shorter.size()).equals(shorter)
                && String.join("", shorter).length() >= 3;
    }

    private static int maxParts(Cluster c) {
        return c.forms().stream().mapToInt(x -> x.partKeys().size()).max().orElse(0);
    }

    /** Japanese-script {@code shorter} begins {@code longer} and has at least two characters. */
    private static boolean isPrefixForm(String shorter, String longer) {
        return shorter.length() >= 2 && longer.length() > shorter.length() && longer.startsWith(shorter);
    }

    /**
     * The parts of a multi-part name a one-off single name may be a misspelling of: any part of a person's
     * name (a misspelt surname), only the head word of any other name. The later words of an organization or
     * place name describe it ({@code Space}, {@code Orbit}, {@code Motors}) and are no short form of it, so
     * {@code SpaceX} is no misspelling of {@code Amatsu Space}.
     */
    private static List<Integer> comparableParts(MentionForm g) {
        if (g.type() == EntityType.PERSON) {
            return IntStream.range(0, g.roman().size()).boxed().toList();
        }
        for (int i = 0; i < g.partKeys().size(); i++) {
            if (!GenericWords.legalOrParticle(g.partKeys().get(i))) {
                return i < g.roman().size() ? List.of(i) : List.of();
            }
        }
        return List.of();
    }

    private static boolean misspelt(MentionForm f, Cluster c) {
        if (!spellingVaries(f)) {
            return false;
        }
        boolean kana = Hepburn.isKana(f.canonical());
        String s = f.similarityForm();
        for (MentionForm g : c.forms()) {
            if (!spellingVaries(g) || !digits(f.canonical()).equals(digits(g.canonical()))
                    || namesFeature(f, g, !kana)) {
                continue;  // CX-50 is no misspelling of CX-5: model numbers are written exactly; nor Tsushima of its strait
            }
            boolean bothKana = kana && Hepburn.isKana(g.canonical());
            if (bothKana ? NameSimilarity.likelySameKana(f.key(), g.key())
                    : NameSimilarity.likelySame(s, g.similarityForm())) {
                return true;
            }
            if (!f.isMultiPart() && g.isMultiPart() && g.roman() != null) {
                for (int i : comparableParts(g)) {
                    boolean same = bothKana && i < g.partKeys().size()
                            ? NameSimilarity.likelySameKana(f.key(), g.partKeys().get(i))
                            : NameSimilarity.likelySame(s, g.roman().get(i));
                    if (same) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The digits of a name, in either width ({@code ＣＸ－５ → 5}). */
    private static String digits(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().filter(Character::isDigit).forEach(ch -> b.append(Character.getNumericValue(ch)));
        return b.toString();
    }
}
