package dev.kiji.ner;

import java.util.List;

/**
 * A foreign place written in katakana keeps the class word Japanese writes after it (フナフティ環礁, フォンガファレ島,
 * マレー半島): the annotation conventions put the class inside the place's name, as they do for 琵琶湖 or 伊豆半島, and the
 * tagger often stops before a class word it rarely saw. A word that goes on in kanji (島民, 湾岸) is no class word.
 */
final class PlaceClassTails {
    /** Longest first, so that 諸島 wins over 島. */
    private static final List<String> CLASSES = List.of("環礁", "諸島", "列島", "半島", "海峡", "山脈", "砂漠", "盆地",
            "峡谷", "島", "湾");

    private PlaceClassTails() {
    }

    /** Extends, in place, each katakana LOCATION of {@code out} followed by a class word no other mention covers. */
    static void apply(String text, List<Span> out) {
        for (int i = 0; i < out.size(); i++) {
            Span s = out.get(i);
            if (s.type() != NerClass.LOCATION || !katakana(text, s.start(), s.end())) continue;
            for (String c : CLASSES) {
                int end = s.end() + c.length();
                if (text.startsWith(c, s.end()) && (end >= text.length() || CharClass.of(text.charAt(end)) != CharClass.KANJI)
                        && !NewsPostPass.overlapsUnsorted(out, s.end(), end)) {
                    out.set(i, new Span(s.start(), end, NerClass.LOCATION));
                    break;
                }
            }
        }
    }

    private static boolean katakana(String text, int a, int b) {
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            if (!NerTagger.isKatakana(c) && c != '・') return false;
        }
        return b - a >= 2;
    }
}
