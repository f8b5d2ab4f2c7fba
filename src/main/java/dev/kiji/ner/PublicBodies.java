package dev.kiji.ner;

import java.util.List;

/**
 * Public bodies named by a place and a body word. A prefecture or municipality followed by its board of education,
 * assembly or fire department (藤岡市|教育委員会, 長野県|教委, 滋賀県|議会, 京都市|消防局) is one political
 * organization, as the conventions annotate it, where the tagger often keeps only the place; and a mention named as a
 * government office (…労働基準監督署, …労基署, …税務署) is political whatever company class the tagger gave it. A place
 * followed by the head of a facility named after it (徳島|用水, 池田|ダム) is that facility.
 */
final class PublicBodies {
    /** Body words after a place that make place and word one public body. */
    private static final List<String> BODY_WORDS = List.of("教育委員会", "選挙管理委員会", "消防本部", "警察本部", "消防局",
            "教委", "選管", "議会");
    /** Heads of government offices' names. */
    private static final java.util.Set<NerClass> COMPANY_OR_OTHER = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(NerClass.COMPANY, NerClass.ORG_OTHER));
    private static final List<String> OFFICE_HEADS = List.of("労働基準監督署", "労基署", "税務署", "警察署", "消防署",
            "消防局", "教育委員会", "教委");
    /** Heads of facilities named after the place they serve (徳島|用水, 池田|ダム, 八戸|空港), which the tagger leaves out. */
    private static final List<String> FACILITY_HEADS = List.of("用水", "ダム", "空港", "病院", "博物館", "美術館", "歴史館");

    private PublicBodies() {
    }

    /** A company or other organization named as a government office becomes POLITICAL. */
    static Span retype(String text, Span s) {
        return HeadClasses.byHead(text, s, OFFICE_HEADS, COMPANY_OR_OTHER, NerClass.POLITICAL);
    }

    /**
     * Replaces, in place, each LOCATION that a facility head follows (not before another kanji) with one FACILITY over
     * both, and each LOCATION ending in an administrative suffix that a body word follows (not inside a longer word:
     * 議会 of 議会制 is kept out) with one POLITICAL span over the place and the word.
     */
    static void join(String text, List<Span> out) {
        for (int i = 0; i < out.size(); i++) {
            Span s = out.get(i);
            if (s.type() != NerClass.LOCATION) continue;
            for (String head : FACILITY_HEADS) {
                int end = s.end() + head.length();
                if (text.startsWith(head, s.end()) && !NewsPostPass.overlapsUnsorted(out, s.end(), end)
                        && (end >= text.length() || CharClass.of(text.charAt(end)) != CharClass.KANJI)) {
                    out.set(i, new Span(s.start(), end, NerClass.FACILITY));
                    break;
                }
            }
            if (out.get(i) != s || GenericHeads.ADMIN_SUFFIXES.indexOf(text.charAt(s.end() - 1)) < 0) continue;
            for (String word : BODY_WORDS) {
                int end = s.end() + word.length();
                if (!text.startsWith(word, s.end()) || continuesWord(text, end, word)
                        || NewsPostPass.overlapsUnsorted(out, s.end(), end)) continue;
                out.set(i, new Span(s.start(), end, NerClass.POLITICAL));
                break;
            }
        }
    }

    /** Whether a kanji after 議会 makes it part of a longer word (議会制, 議会棟); 議員 after it is a title. */
    private static boolean continuesWord(String text, int end, String word) {
        if (end >= text.length() || !word.equals("議会")) return false;
        char c = text.charAt(end);
        return CharClass.of(c) == CharClass.KANJI && !text.startsWith("議員", end) && !text.startsWith("議長", end);
    }
}
