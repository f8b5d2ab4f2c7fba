package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.List;

/**
 * A word that news copy puts in front of a name without making it part of the name is outside the span: an
 * amendment (改正河川法 → 河川法), a sumo rank (大関琴桜 → 琴桜), a municipal school's 市立/町立 (市立みどり台小学校 →
 * みどり台小学校), a party's place in power (州与党ドラビダ進歩連盟 → ドラビダ進歩連盟), a private person's occupation
 * (会社員乙部拓海 → 乙部拓海). The word must end on a token
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

    private LeadingModifiers() {
    }

    static Span apply(String text, List<Token> tokens, Span s) {
        for (String m : s.type() == NerClass.PERSON ? PERSON_MODIFIERS : MODIFIERS) {
            int b = s.start() + m.length();
            if (text.startsWith(m, s.start()) && s.end() - b >= 2 && NewsPostPass.startsToken(tokens, b)) {
                return new Span(b, s.end(), s.type());
            }
        }
        return s;
    }
}
