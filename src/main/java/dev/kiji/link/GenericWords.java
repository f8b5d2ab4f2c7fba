package dev.kiji.link;

import dev.kiji.doc.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small bilingual vocabulary {@link NilKey} needs: Japanese generic words of organisation,
 * facility and work names with the English word news copy translates them with ({@code 研究所 =
 * institute}, {@code 空港 = airport}, {@code 工業 = industries}), words both languages drop from
 * a key (legal forms {@code 株式会社 / Co. / Inc.}, particles {@code の / of / the}), and place
 * class suffixes ({@code 市 / City}, {@code 県 / Prefecture}) that a LOCATION key leaves out so that
 * {@code 延岡市}, {@code Nobeoka City} and {@code Nobeoka} agree. Only words news English usually
 * translates are listed; words it keeps in romanized form ({@code 精機 Seiki}) are absent on purpose.
 */
final class GenericWords {
    /** Japanese word → English words; an empty value drops the word. Longest match wins. */
    private static final Map<String, String> JA = new HashMap<>();
    /** Every translation, words singularized and joined by a space: English names are split into these and the rest. */
    private static final Set<String> EN_GENERIC = new HashSet<>();
    /** Longest translation in words. */
    static final int MAX_EN_WORDS = 3;
    static final int MAX_JA_LENGTH;

    static {
        String[] table = {
            "株式会社 ", "有限会社 ", "合同会社 ", "(株) ", "（株） ", "の ", "・ ",
            "研究所 institute", "総合研究所 research institute", "研究センター research center", "研究 research",
            "国際問題 international affairs", "国際 international", "総合 general", "未来 future",
            "技術 technology", "科学 science", "産業 industries", "工業 industries", "重工業 heavy industries",
            "開発 development", "協会 association", "財団 foundation", "基金 fund", "委員会 committee",
            "大学 university", "銀行 bank", "証券 securities", "保険 insurance", "商事 trading", "電機 electric",
            "電気 electric", "電力 electric power", "製薬 pharmaceutical", "化学 chemical", "自動車 motor",
            "建設 construction", "不動産 real estate", "新聞 newspaper", "新聞社 newspaper", "放送 broadcasting",
            "航空 airlines", "鉄道 railway", "電池 battery", "病院 hospital", "学校 school", "高校 high school",
            "事務所 office", "財務 finance", "空港 airport", "港 port", "駅 station", "公園 park", "橋 bridge",
            "映画祭 film festival", "映画 film", "祭 festival", "グランプリ grand prix", "センター center",
            "グループ group", "ホールディングス holdings", "ファンド fund", "ネットワーク network",
            "テクノロジー technology", "テクノロジーズ technology", "エナジー energy", "エネルギー energy",
            "日本 japan", "東日本 east japan", "西日本 west japan"};
        int max = 0;
        for (String s : table) {
            int sp = s.indexOf(' ');
            JA.put(s.substring(0, sp), s.substring(sp + 1));
            if (sp + 1 < s.length()) {
                EN_GENERIC.add(phrase(words(s.substring(sp + 1))));
            }
            max = Math.max(max, sp);
        }
        MAX_JA_LENGTH = max;
    }

    /** English words a key never contains (articles, particles, legal forms). */
    private static final Set<String> EN_DROP = Set.of("the", "of", "and", "co", "inc", "ltd", "llc", "corp",
            "corporation", "kk", "plc", "gmbh", "no");

    /** Place class suffixes a LOCATION key leaves out, in either language. */
    private static final Set<String> JA_PLACE_SUFFIX = Set.of("市", "町", "村", "県", "府", "都", "区", "郡", "州",
            "地方", "地域", "海", "湾", "灘");
    private static final Set<String> EN_PLACE_SUFFIX = Set.of("city", "town", "village", "prefecture", "ward",
            "district", "county", "region", "area", "sea", "bay", "gulf");

    private GenericWords() {
    }

    /** English translation of a Japanese generic word ("" = drop), or {@code null} when not generic. */
    static String english(String japanese) {
        return JA.get(japanese);
    }

    static boolean dropEnglish(String word, EntityType type) {
        return EN_DROP.contains(word) || (type == EntityType.LOCATION && EN_PLACE_SUFFIX.contains(word));
    }

    /**
     * True for English words (lower case, in order) that together are what some Japanese generic word
     * translates to: {@code [institute]}, {@code [real, estate]} (but not {@code [real]} alone).
     */
    static boolean genericEnglish(List<String> words) {
        return EN_GENERIC.contains(phrase(words));
    }

    private static String phrase(List<String> words) {
        return String.join(" ", words.stream().map(NilKey::singular).toList());
    }

    static boolean placeSuffix(String japanese) {
        return JA_PLACE_SUFFIX.contains(japanese);
    }

    /**
     * A token that is kana followed by a generic word ({@code トヨタ自動車}): the kana part and the
     * generic word, or {@code null}.
     */
    static String[] kanaThenGeneric(String token) {
        for (int cut = 1; cut < token.length() - 1; cut++) {
            String head = token.substring(0, cut);
            String tail = token.substring(cut);
            if (Hepburn.isKana(head) && JA.containsKey(tail)) {
                return new String[] {head, tail};
            }
        }
        return null;
    }

    /** English words of a translation, split at spaces. */
    static List<String> words(String english) {
        return english.isEmpty() ? List.of() : List.of(english.split(" "));
    }
}
