package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the value mentions the lean CoreNLP setup (one CoNLL CRF, no SUTime, no numeric classifiers) misses:
 * percentages ({@code 4.5 percent}, {@code 12%}) and a month or a year on its own ({@code in September},
 * {@code in 2016}). Weekdays and relative dates ({@code Friday}, {@code yesterday}, {@code next week}) are not
 * values, as in Japanese (金曜日, 来週) and in the annotation conventions (test-corpus/README.md): without the
 * article's date they resolve to nothing, and a Japanese and an English article about the same day would
 * disagree. Tokens already inside a mention are skipped.
 */
final class ValueRules {
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "until", "by", "of", "from",
            "before", "after", "during", "through");

    private ValueRules() {
    }

    static List<Mention> find(List<CoreLabel> tokens, String text, LocalDate docDate, List<Mention> existing) {
        boolean[] taken = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            CharSpan s = span(tokens.get(i), tokens.get(i));
            for (Mention m : existing) {
                taken[i] |= m.span().overlaps(s);
            }
        }
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = taken[i] ? i : match(tokens, i, taken);
            if (end > i) {
                out.add(mention(tokens, i, end, text, docDate));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** End (exclusive) of a value starting at token {@code i}, or {@code i} when none starts there. */
    private static int match(List<CoreLabel> t, int i, boolean[] taken) {
        String w = lower(t, i);
        if (isNumber(t.get(i)) && i + 1 < t.size() && !taken[i + 1]) {
            String next = lower(t, i + 1);
            if (next.equals("%") || next.equals("percent")) {
                return i + 2;
            }
            if (next.equals("per") && i + 2 < t.size() && lower(t, i + 2).equals("cent")) {
                return i + 3;
            }
        }
        if (EnglishMonths.ofFullName(w) > 0 && isCapitalized(t.get(i)) && (!w.equals("may") || afterPreposition(t, i))) {
            return i + 1;
        }
        if (t.get(i).word().matches("(1[89]|20)\\d\\d") && afterPreposition(t, i)) {
            return i + 1;
        }
        return i;
    }

    private static Mention mention(List<CoreLabel> t, int from, int to, String text, LocalDate docDate) {
        CharSpan span = span(t.get(from), t.get(to - 1));
        String surface = span.slice(text);
        if (to - from >= 2 && isNumber(t.get(from))) {
            return Mention.of(span, text, EntityType.PERCENT, null,
                    AmountNormalizer.percent("%" + t.get(from).word().replace(",", "")));
        }
        String word = lower(t, from);
        String value;
        int month = EnglishMonths.ofFullName(word);
        if (month > 0) {
            value = DateNormalizer.normalize(String.format(Locale.ROOT, "****%02d", month), surface, docDate);
        } else {
            value = t.get(from).word();
        }
        return Mention.of(span, text, EntityType.DATE, null, value);
    }

    private static boolean afterPreposition(List<CoreLabel> t, int i) {
        return i > 0 && YEAR_PREPOSITIONS.contains(lower(t, i - 1));
    }

    private static boolean isNumber(CoreLabel t) {
        return EnglishValues.NUMBER.matcher(t.word()).matches();
    }

    private static boolean isCapitalized(CoreLabel t) {
        return Character.isUpperCase(t.word().charAt(0));
    }

    private static String lower(List<CoreLabel> t, int i) {
        return t.get(i).word().toLowerCase(Locale.ROOT);
    }

    private static CharSpan span(CoreLabel first, CoreLabel last) {
        return new CharSpan(first.beginPosition(), last.endPosition());
    }
}
