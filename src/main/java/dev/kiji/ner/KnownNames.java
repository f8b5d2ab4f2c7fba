package dev.kiji.ner;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import dev.kiji.doc.Token;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameKey;
import dev.kiji.link.kb.KbEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names of the knowledge base that the tagger left out become mentions, when the KB knows the
 * exact name as organizations of one subtype, or as facilities, events or products only (ninth session: products
 * too, which found stock indices, laws and games; +6 mentions on the development sets, none lost): a single token
 * only when IPADIC tags it as an organization (国連, 東証), it is a Latin acronym (ＥＵ, ＷＨＯ:
 * Kuromoji's tag for these depends on the context) or a katakana word IPADIC does not know; two to six adjacent tokens of at least three
 * characters (札幌地裁, 首相官邸). A match glued to a noun before it, or to a suffix or one-character noun
 * after it, is part of a longer word and is skipped (旧共産主義国); a name of several tokens may modify a word
 * after it (東京地裁判決). Matches overlapping a mention are skipped, except that a place the tagger found at the start of
 * a known organization's name gives way to it (東京|地裁 → 東京地裁).
 */
final class KnownNames {
    private static final int MAX_TOKENS = 6;
    private final KnowledgeBase kb;
    /**
     * The first two key characters of every name that can match, packed into an int ({@code c0 << 16 | c1})
     * and sorted: most token starts are ruled out with one binary search and no allocation.
     */
    private final int[] starts;

    private KnownNames(KnowledgeBase kb) {
        this.kb = kb;
        Set<Integer> starts = new HashSet<>();
        for (KbEntry e : kb.entries()) {
            if (classOf(e.type(), e.subtype()) == null) continue;
            List<String> names = new ArrayList<>(e.aliases().ja());
            names.addAll(e.aliases().en());
            if (e.labels().ja() != null) names.add(e.labels().ja());
            if (e.labels().en() != null) names.add(e.labels().en());
            for (String n : names) {
                String k = NameKey.of(n);
                if (k.length() >= 2) starts.add(k.charAt(0) << 16 | k.charAt(1));
            }
        }
        this.starts = starts.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    static KnownNames of(KnowledgeBase kb) {
        return new KnownNames(kb);
    }

    /** Over the default knowledge base ({@link KnowledgeBase#shared()}), built on first use. */
    static KnownNames ofDefaultKb() {
        return Shared.NAMES;
    }

    private static final class Shared {
        static final KnownNames NAMES = new KnownNames(KnowledgeBase.shared());
    }

    /** The class of a name from the KB's exact (non-partial) aliases, or null when none or several. */
    NerClass classOf(String name) {
        NerClass found = null;
        for (KnowledgeBase.AliasHit h : kb.lookup(NameKey.of(name))) {
            if (h.partial()) continue;
            NerClass c = classOf(h.entry().type(), h.entry().subtype());
            if (c == null || (found != null && found != c)) return null;
            found = c;
        }
        return found;
    }

    /** Whether the knowledge base knows {@code name} exactly as anything but an event (ローマ the city; not ジロ, the race). */
    boolean namesOtherThanEvent(String name) {
        return kb.lookup(NameKey.of(name)).stream().anyMatch(h -> !h.partial() && h.entry().type() != EntityType.EVENT);
    }

    /** Whether the knowledge base knows {@code name} exactly, and only as places (深圳, 山陰, 宍道湖). */
    boolean onlyAPlace(String name) {
        List<KnowledgeBase.AliasHit> full = kb.lookup(NameKey.of(name)).stream().filter(h -> !h.partial()).toList();
        return !full.isEmpty() && full.stream().allMatch(h -> h.entry().type() == EntityType.LOCATION);
    }

    /** Facilities, events, products and organizations with a subtype (an organization without one has no class to give). */
    private static NerClass classOf(EntityType type, Subtype subtype) {
        boolean known = type == EntityType.FACILITY || type == EntityType.EVENT || type == EntityType.PRODUCT
                || (type == EntityType.ORGANIZATION && subtype != null);
        return known ? NerClass.of(type, subtype) : null;
    }

    /**
     * Gives every organization, facility, product or event mention whose exact text the KB knows as one class that
     * class (北大西洋条約機構 typed as a company is the KB's political organization), and one it knows only as people a
     * PERSON (a sumo ring name typed as a facility); one the KB does not know that ends in の and a name it knows is that
     * name (テニスのジョコビッチ typed as a product); persons and places are left alone.
     */
    void retype(String text, List<Span> out) {
        for (int i = 0; i < out.size(); i++) {
            Span s = out.get(i);
            if (s.type() == NerClass.PERSON || s.type() == NerClass.LOCATION || s.end() - s.start() < 2) continue;
            String name = text.substring(s.start(), s.end());
            NerClass c = knownClass(name);
            int of = name.lastIndexOf('の');
            if (c == null && of > 0 && name.length() - of > 2) {  // テニスのジョコビッチ: the known name after の is the mention
                NerClass tail = knownClass(name.substring(of + 1));
                if (tail != null) {
                    out.set(i, new Span(s.start() + of + 1, s.end(), tail));
                    continue;
                }
            }
            if (c != null && c != s.type()) out.set(i, new Span(s.start(), s.end(), c));
        }
    }

    /** The class the KB gives {@code name} as one class, or PERSON when it knows it only as people, else null. */
    private NerClass knownClass(String name) {
        NerClass c = classOf(name);
        return c == null && onlyPeople(name) ? NerClass.PERSON : c;  // a ring name read as a facility or a company (大の里)
    }

    /** True when the KB knows {@code name} exactly, and only as people. */
    private boolean onlyPeople(String name) {
        List<KnowledgeBase.AliasHit> hits = kb.lookup(NameKey.of(name));
        return !hits.isEmpty() && hits.stream().allMatch(h -> !h.partial() && h.entry().type() == EntityType.PERSON);
    }

    /** Adds a mention for every uncovered name the KB knows ({@code out} sorted and disjoint before and after). */
    void add(String text, List<Token> tokens, List<Span> out) {
        List<Span> covered = new ArrayList<>(out);
        for (int k = 0; k < tokens.size(); k++) {
            if (!mayStart(text, tokens.get(k).span().start())) continue;
            for (int e = Math.min(tokens.size(), k + MAX_TOKENS); e > k; e--) { // longest first
                Span s = match(text, tokens, k, e, covered);
                if (s != null) {
                    out.removeIf(o -> o.start() < s.end() && s.start() < o.end()); // a place it starts with (東京|地裁)
                    covered.removeIf(o -> o.start() < s.end() && s.start() < o.end());
                    out.add(s);
                    covered.add(s);
                    covered.sort(null);
                    k = e - 1;
                    break;
                }
            }
        }
        out.sort(null);
    }

    /**
     * A katakana word of four or more characters IPADIC does not know (no reading: アルファマート, which Kuromoji tags an
     * organization alone but a common noun after と): a foreign name, not a loanword such as サミット.
     */
    private static boolean unknownKatakana(Token t) {
        String s = t.surface();
        return t.reading() == null && s.length() >= 4 && s.chars().allMatch(c -> c >= 'ァ' && c <= 'ヺ' || c == 'ー' || c == '・');
    }

    /** The mention for tokens {@code [k, e)}, or null. */
    private Span match(String text, List<Token> tokens, int k, int e, List<Span> covered) {
        Token first = tokens.get(k);
        int a = first.span().start();
        int b = tokens.get(e - 1).span().end();
        for (int i = k + 1; i < e; i++) {
            if (tokens.get(i).span().start() != tokens.get(i - 1).span().end()) return null;
        }
        boolean eligible = e - k == 1
                ? first.pos().startsWith("名詞-固有名詞-組織") || isAcronym(first.surface()) || unknownKatakana(first)
                : b - a >= 3;
        if (!eligible || b - a < 2 || isSymbol(first) || isSymbol(tokens.get(e - 1)) || inCompound(tokens, k, e)) {
            return null;
        }
        boolean placeAtStart = false;
        if (NewsPostPass.overlapsAny(covered, a, b)) {
            placeAtStart = covered.stream().filter(o -> o.start() < b && a < o.end())
                    .allMatch(o -> o.type() == NerClass.LOCATION && o.start() == a && o.end() < b
                            && !first.pos().startsWith("名詞-固有名詞-地域-国")); // a country stays apart (日本|政府, ロシア|外務省)
            if (!placeAtStart) return null;
        }
        NerClass c = classOf(text.substring(a, b));
        if (c == null || placeAtStart && c.type() != dev.kiji.doc.EntityType.ORGANIZATION) return null;
        return new Span(a, b, c);
    }

    /** Whether a name's key can start at {@code a}: its first two key characters (width and case folded) start some name. */
    private boolean mayStart(String text, int a) {
        int key = 0;
        int found = 0;
        for (int i = a; i < text.length() && i < a + 6 && found < 2; i++) {
            char c = text.charAt(i);
            if (c >= '！' && c <= '～') c = (char) (c - 0xFEE0); // full-width ASCII, as NFKC folds it
            if (!NameKey.isSeparator(c)) {
                key = key << 16 | Character.toLowerCase(c);
                found++;
            }
        }
        return found == 2 && java.util.Arrays.binarySearch(starts, key) >= 0;
    }

    /** Whether tokens {@code [k, e)} are glued to a noun or prefix before or after them (旧共産主義国). */
    private static boolean inCompound(List<Token> tokens, int k, int e) {
        if (k > 0 && tokens.get(k - 1).span().end() == tokens.get(k).span().start() && isNounLike(tokens.get(k - 1))) return true;
        if (e >= tokens.size() || tokens.get(e).span().start() != tokens.get(e - 1).span().end() || !isNounLike(tokens.get(e))) {
            return false;
        }
        // a name of several tokens before a word of two or more characters is that word's modifier (東京地裁|判決);
        // before a suffix or a one-character noun it is part of a longer word (共産主義|国)
        Token next = tokens.get(e);
        return e - k < 2 || next.pos().startsWith("名詞-接尾") || next.span().end() - next.span().start() < 2;
    }

    /** Punctuation and brackets never start or end a name (the KB key of "、主要7カ国" ignores the comma). */
    private static boolean isSymbol(Token t) {
        return t.pos().startsWith("記号") || t.surface().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** A noun or prefix with a letter in it (Kuromoji tags a lone "(" as a noun). */
    private static boolean isNounLike(Token t) {
        return (t.pos().startsWith("名詞") || t.pos().startsWith("接頭詞")) && t.surface().codePoints().anyMatch(Character::isLetter);
    }

    /** 2–6 upper-case Latin letters, either width (ＥＵ, WHO). */
    static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 6) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= 'Ａ' && c <= 'Ｚ')) return false;
        }
        return true;
    }
}
