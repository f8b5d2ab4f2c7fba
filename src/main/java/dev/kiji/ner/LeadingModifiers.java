package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.List;

/**
 * A word that news copy puts in front of a name without making it part of the name is outside the span: an
 * amendment (改正河川法 → 河川法), a sumo rank (大関琴桜 → 琴桜), a municipal or prefectural school's 市立/町立/県立 (市立みどり台小学校 →
 * みどり台小学校, 県立伊那天竜高校 → 伊那天竜高校), a party's place in power (州与党ドラビダ進歩連盟 → ドラビダ進歩連盟), a private person's occupation
 * (会社員乙部拓海 → 乙部拓海; so is one with a title after it that the tagger typed otherwise: 会社員乙部拓海さん → the person
 * 乙部拓海), a state's ownership before a foreign company's name (国営エルデネス・タバントルゴイ). The word must end on a token
 * boundary, and at least two characters must remain.
 */
final class LeadingModifiers {
    private static final List<String> MODIFIERS = java.util.stream.Stream.of("改正", "横綱", "大関", "関脇", "小結", "市立", "町立",
            "村立", "区立", "与党", "野党", "最大野党", "連立与党", "州与党", "政権与党")
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    /** Occupations police and court copy writes right before a private person's name (会社員乙部拓海容疑者). */
    private static final List<String> OCCUPATIONS = java.util.stream.Stream.of("会社員", "会社役員", "無職", "自営業", "公務員",
            "団体職員", "派遣社員", "アルバイト", "パート", "大学生", "高校生", "中学生", "主婦")
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    /** What a person's mention may open with: an occupation, then the modifiers every name may open with. */
    private static final List<String> PERSON_MODIFIERS = java.util.stream.Stream.concat(OCCUPATIONS.stream(), MODIFIERS.stream()).toList();

    /**
     * A state's ownership before a foreign company's katakana or Latin name (国営エルデネス・タバントルゴイ → the company);
     * a kanji name keeps it (国営昭和記念公園 is the park's name).
     */
    private static final java.util.regex.Pattern STATE_OWNED = java.util.regex.Pattern.compile("^(?:国営|国有)(?=[ァ-ヴA-Za-zＡ-Ｚａ-ｚ])");

    /** A prefecture's 立 before a school's name (県立伊那天竜高校 → 伊那天竜高校); 県立広島大学 and 県立中央病院 keep theirs. */
    private static final java.util.regex.Pattern PREFECTURAL_SCHOOL = java.util.regex.Pattern.compile(
            "^(?:県立|都立|府立|道立)(.{2,}(?:小学校|中学校|高校|高等学校|特別支援学校))$");

    /** A municipality or prefecture, 立 and a school's name (横手市立かまくら中学校): the place runs the school. */
    private static final java.util.regex.Pattern OWNED_SCHOOL = java.util.regex.Pattern.compile(
            "^(.{1,6}?[市町村区県都府])立(.{2,}(?:小学校|中学校|高校|高等学校|義務教育学校))$");

    private LeadingModifiers() {
    }

    /**
     * The place and the school of a mention "place + 立 + school" whose place is a place token and its suffix (横手市立
     * かまくら中学校 → 横手市, かまくら中学校), as the conventions annotate them; a university keeps its name (横浜市立大学).
     * The mention alone otherwise.
     */
    static List<Span> splitOwner(String text, List<Token> tokens, Span s) {
        java.util.regex.Matcher m = OWNED_SCHOOL.matcher(text.substring(s.start(), s.end()));
        if (!m.matches() || !GenericHeads.placeWithSuffix(text, tokens, s.start(), s.start() + m.end(1))) {
            return List.of(s);
        }
        return List.of(new Span(s.start(), s.start() + m.end(1), NerClass.LOCATION),
                new Span(s.start() + m.start(2), s.end(), s.type() == NerClass.LOCATION ? NerClass.FACILITY : s.type()));
    }

    static Span apply(String text, List<Token> tokens, Span s) {
        if (s.type() != NerClass.PERSON) {  // 会社員北見拓海さん typed as a product: an occupation and an honorific around a name
            String t = text.substring(s.start(), s.end());
            int honorific = BoundaryFixer.personSuffixLength(t);
            for (String o : OCCUPATIONS) {
                int b = s.start() + o.length();
                if (honorific > 0 && t.startsWith(o) && s.end() - honorific - b >= 2 && NewsPostPass.startsToken(tokens, b)) {
                    return new Span(b, s.end() - honorific, NerClass.PERSON);
                }
            }
        }
        java.util.regex.Matcher school = PREFECTURAL_SCHOOL.matcher(text.substring(s.start(), s.end()));
        if (school.matches() && NewsPostPass.startsToken(tokens, s.start() + school.start(1))) {
            return new Span(s.start() + school.start(1), s.end(), s.type());
        }
        java.util.regex.Matcher state = STATE_OWNED.matcher(text.substring(s.start(), s.end()));
        if (state.lookingAt() && s.end() - s.start() - state.end() >= 2 && NewsPostPass.startsToken(tokens, s.start() + state.end())) {
            return new Span(s.start() + state.end(), s.end(), s.type());
        }
        for (String m : s.type() == NerClass.PERSON ? PERSON_MODIFIERS : MODIFIERS) {
            int b = s.start() + m.length();
            if (text.startsWith(m, s.start()) && s.end() - b >= 2 && NewsPostPass.startsToken(tokens, b)) {
                return new Span(b, s.end(), s.type());
            }
        }
        return s;
    }
}
