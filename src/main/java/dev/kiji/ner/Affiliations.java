package dev.kiji.ner;

import java.util.List;

/**
 * A person's affiliation in parentheses right after the name, the way sports and news copy writes it
 * (鷲尾颯太（東都体育大）, 森田健（鷲宮製作所）): the parenthesized name is an organization, typed a company as
 * Stockmark types universities and company teams, when no mention covers it. An age (（33）), 同 and a text with
 * punctuation are not affiliations; a place the tagger found there keeps its own type.
 */
final class Affiliations {
    private static final int MAX_CHARS = 12;

    private Affiliations() {
    }

    static void add(String text, List<Span> out) {
        List<Span> persons = out.stream().filter(s -> s.type() == NerClass.PERSON).toList();
        for (Span p : persons) {
            int open = p.end();
            if (open >= text.length() || text.charAt(open) != '（') {
                continue;
            }
            int close = text.indexOf('）', open + 1);
            int len = close - open - 1;
            if (close < 0 || len < 2 || len > MAX_CHARS) {
                continue;
            }
            String inner = text.substring(open + 1, close);
            if (inner.chars().allMatch(Character::isDigit) || !NewsPostPass.plainName(inner)
                    || !Character.isLetter(inner.charAt(0)) || NewsPostPass.overlapsUnsorted(out, open + 1, close)) {
                continue;
            }
            out.add(new Span(open + 1, close, NerClass.COMPANY));
        }
    }
}
