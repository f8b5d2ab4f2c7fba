package dev.kiji.lang.ja;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import dev.kiji.lang.ja.JaToken.Kind;
import java.util.List;
import java.util.Set;

/**
 * The Japanese proper-noun rules, each tried at one token position; each returns the chunk found
 * there or {@code null}. Rules look only at parts of speech, scripts, titles and name suffixes.
 */
final class ChunkRules {
    /** Suffixes that make an organisation of any nouns before them (外務+省, 民主+党). */
    private static final Set<String> STRONG_ORG_SUFFIXES = Set.of("省", "庁", "党", "大学", "銀行", "株式会社", "委員会",
            "議会", "政府", "裁判所");
    /** Suffixes that need a proper, katakana or Latin noun before them (ロイター+社, ソニー+グループ). */
    private static final Set<String> WEAK_ORG_SUFFIXES = Set.of("社", "工業", "自動車", "証券", "新聞", "通信",
            "通信社", "ホールディングス", "グループ", "協会", "財団", "機構", "連合", "商事", "電機", "製作所");
    private static final String COMPANY_PREFIX = "株式会社";
    /** Words that turn a preceding organisation name into a common noun (共産+主義, 民主+的). */
    private static final Set<String> COMMON_NOUN_MAKERS = Set.of("主義", "主義者", "的", "系", "派", "化");
    private static final int MAX_ORG_HEAD = 3;

    private ChunkRules() {
    }

    private static boolean adjacent(List<JaToken> t, int j) {
        return j > 0 && j < t.size() && t.get(j).start() == t.get(j - 1).end();
    }

    /** 外務省, 三菱UFJ銀行, 株式会社ソニー: nouns closed by an organisation suffix (or opened by 株式会社). */
    static Chunk orgBySuffix(List<JaToken> t, int i) {
        if (t.get(i).form().equals(COMPANY_PREFIX)) {
            int j = i + 1;
            while (j < t.size() && adjacent(t, j) && isNameLike(t.get(j))) {
                j++;
            }
            return j > i + 1 ? new Chunk(i, j, EntityType.ORGANIZATION, Subtype.COMPANY) : null;
        }
        boolean named = false;
        for (int j = i; j < t.size() && j < i + MAX_ORG_HEAD; j++) {
            JaToken head = t.get(j);
            if (j > i && !adjacent(t, j) || !(head.kind() == Kind.NOUN || isNameLike(head))) {
                return null;
            }
            named |= isNameLike(head);
            if (j + 1 < t.size() && adjacent(t, j + 1)) {
                String suffix = t.get(j + 1).form();
                if (STRONG_ORG_SUFFIXES.contains(suffix) || named && WEAK_ORG_SUFFIXES.contains(suffix)) {
                    return orgChunk(t, i, j + 2);
                }
            }
        }
        return null;
    }

    private static boolean isNameLike(JaToken x) {
        return x.isProper() || x.isKatakanaNoun() || x.isLatinWord();
    }

    /**
     * Katakana names: parts joined by ・ or ＝ (アントニー・ブリンケン) or a katakana word before a
     * person title (マクロン大統領) are a PERSON; katakana place or organisation names keep their type.
     */
    static Chunk katakana(List<JaToken> t, int i) {
        if (!t.get(i).isKatakanaNoun()) {
            return null;
        }
        int j = i;
        int parts = 0;
        boolean place = false;
        boolean allPlaces = true;
        boolean org = false;
        boolean person = false;
        while (true) {
            int partStart = j;
            while (j < t.size() && (j == partStart || adjacent(t, j)) && t.get(j).isKatakanaNoun()) {
                Kind k = t.get(j).kind();
                place |= k == Kind.PLACE;
                allPlaces &= k == Kind.PLACE;
                org |= k == Kind.ORG;
                person |= k == Kind.PERSON_NAME;
                j++;
            }
            parts++;
            boolean joinerFollows = j + 1 < t.size() && adjacent(t, j) && t.get(j).isNameJoiner()
                    && adjacent(t, j + 1) && t.get(j + 1).isKatakanaNoun();
            if (!joinerFollows) {
                break;
            }
            j++;
        }
        if (place || org) {
            // a place or organisation inside: only a single-kind, single-part run is taken here
            if (parts == 1 && allPlaces) {
                return new Chunk(i, j, EntityType.LOCATION, null);
            }
            return parts == 1 && onlyKind(t, i, j, Kind.ORG) ? orgChunk(t, i, j) : null;
        }
        boolean allNames = person && onlyKind(t, i, j, Kind.PERSON_NAME);
        if (parts > 1 || allNames || Titles.follows(t, j)) {
            return new Chunk(i, j, EntityType.PERSON, null);
        }
        return null;
    }

    private static boolean onlyKind(List<JaToken> t, int from, int to, Kind kind) {
        return t.subList(from, to).stream().allMatch(x -> x.kind() == kind);
    }

    /** Runs of proper nouns of one kind: 岸田+文雄 (PERSON), 東京+都 (LOCATION), 組織 tokens (ORGANIZATION). */
    static Chunk properRun(List<JaToken> t, int i) {
        Kind kind = t.get(i).kind();
        if (kind != Kind.PERSON_NAME && kind != Kind.PLACE && kind != Kind.ORG) {
            return null;
        }
        int j = i + 1;
        while (j < t.size() && adjacent(t, j) && t.get(j).kind() == kind && !t.get(j).isLatinWord()) {
            j++;
        }
        if (i > 0 && JaToken.continuesKatakana(t.get(i - 1), t.get(i))
                || j < t.size() && JaToken.continuesKatakana(t.get(j - 1), t.get(j))) {
            return null; // only part of a longer katakana word (ドン in ドンバス)
        }
        if (kind == Kind.PLACE) {
            while (j < t.size() && adjacent(t, j) && t.get(j).kind() == Kind.PLACE_SUFFIX) {
                j++;
            }
            return new Chunk(i, j, EntityType.LOCATION, null);
        }
        if (kind == Kind.PERSON_NAME) {
            return new Chunk(i, j, EntityType.PERSON, null);
        }
        boolean commonNoun = j < t.size() && adjacent(t, j) && COMMON_NOUN_MAKERS.contains(t.get(j).form());
        return commonNoun ? null : orgChunk(t, i, j);
    }

    private static Chunk orgChunk(List<JaToken> t, int from, int to) {
        return new Chunk(from, to, EntityType.ORGANIZATION, OrgSubtypes.of(JaToken.join(t, from, to)));
    }

    /** Widens a chunk over adjacent characters the dictionary does not know (𠮷 in 𠮷野家). */
    static Chunk widenOverUnknownLetters(List<JaToken> t, Chunk c, int floor) {
        int from = c.from();
        int to = c.to();
        while (from - 1 >= floor && adjacent(t, from) && t.get(from - 1).kind() == Kind.UNKNOWN_LETTERS) {
            from--;
        }
        while (to < t.size() && adjacent(t, to) && t.get(to).kind() == Kind.UNKNOWN_LETTERS) {
            to++;
        }
        return new Chunk(from, to, c.type(), c.subtype());
    }
}
