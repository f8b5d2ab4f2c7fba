package dev.kiji.ner;

import dev.kiji.link.kb.Titles;
import java.util.List;

/**
 * A person mention the tagger ran one to four characters into the title after the name (上野賢一郎厚|労相, 佐藤一郎外|相, 佐藤花子主任調査|員)
 * ends where the title starts: the title is read from the characters the mention took and the text after it.
 */
final class TitleTails {
    /** The most characters of a title a mention may have taken (主任調査|員: four). */
    private static final int MAX_INTO = 4;

    private TitleTails() {
    }

    /** Whether the title (and the country before it) read from {@code k} characters before the end runs past it. */
    static boolean runsPast(List<String> title, int k) {
        return !title.isEmpty() && title.stream().mapToInt(String::length).sum() > k;
    }

    /** Shortens, in place, the PERSON spans of {@code out} that end inside a title. */
    static void apply(String text, List<Span> out) {
        for (int i = 0; i < out.size(); i++) {
            Span s = out.get(i);
            if (s.type() != NerClass.PERSON) {
                continue;
            }
            for (int k = Math.min(MAX_INTO, s.end() - s.start() - 2); k >= 1; k--) {  // the longest title first (主任調査員, not 調査員)
                if (runsPast(Titles.following(text, s.end() - k), k)) {  // not 聖武天皇, whose title ends the name
                    out.set(i, new Span(s.start(), s.end() - k, s.type()));
                    break;
                }
            }
        }
    }
}
