package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.List;
import java.util.Set;

/**
 * A word that news copy puts in front of a name without making it part of the name is outside the span: an
 * amendment (改正河川法 → 河川法), a sumo rank (大関琴桜 → 琴桜), a municipal school's 市立/町立 (市立みどり台小学校 →
 * みどり台小学校). The word must be the mention's first token, and at least two characters must remain.
 */
final class LeadingModifiers {
    private static final Set<String> MODIFIERS = Set.of("改正", "横綱", "大関", "関脇", "小結", "市立", "町立", "村立", "区立");

    private LeadingModifiers() {
    }

    static Span apply(List<Token> tokens, Span s) {
        int k = NewsPostPass.tokenAt(tokens, s.start());
        if (k < 0) return s;
        Token t = tokens.get(k);
        int b = t.span().end();
        if (t.span().start() != s.start() || !MODIFIERS.contains(t.surface()) || s.end() - b < 2) return s;
        return new Span(b, s.end(), s.type());
    }
}
