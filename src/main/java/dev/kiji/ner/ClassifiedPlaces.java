package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A katakana name right after a compass part or a word for a city ({@code 北部エステルゴム}, {@code 工業都市ラエ},
 * {@code 首都キンシャサ}) that the tagger left out is a place, with an administrative suffix glued to it ({@code 北部マダン州}):
 * news copy names a foreign town after what it is. Not a katakana run made only of words the dictionary knows as common
 * nouns ({@code 都市ガス}, {@code 中部エリア}), nor one that touches a mention.
 */
final class ClassifiedPlaces {
    private static final Pattern AFTER_CLASS = Pattern.compile(
            "(?:北東部|北西部|南東部|南西部|東部|西部|南部|北部|中部|都市|首都|州都|郊外|近郊)([ァ-ヴ][ァ-ヴー・]*[ァ-ヴー])(州|市|県|省|地区|島|半島)?");

    private ClassifiedPlaces() {
    }

    static void add(String text, List<Token> tokens, List<Span> out) {
        List<Span> added = new ArrayList<>();
        Matcher m = AFTER_CLASS.matcher(text);
        while (m.find()) {
            int a = m.start(1);
            int b = m.end();
            if (b < text.length() && NerTagger.isKatakana(text.charAt(b)) || NewsPostPass.overlapsUnsorted(out, a - 1, b + 1)
                    || commonWords(tokens, a, m.end(1))) {
                continue;
            }
            added.add(new Span(a, b, NerClass.LOCATION));
        }
        out.addAll(added);
    }

    /** Whether the tokens of {@code [a, b)} are all common nouns the dictionary knows (ガス, エリア, センター). */
    private static boolean commonWords(List<Token> tokens, int a, int b) {
        int i = NewsPostPass.tokenAt(tokens, a);
        if (i < 0 || tokens.get(i).span().start() != a) {
            return true;  // the run starts inside a token: part of a longer word
        }
        for (; i < tokens.size() && tokens.get(i).span().start() < b; i++) {
            Token t = tokens.get(i);
            boolean common = t.pos() != null && (t.pos().startsWith("名詞-一般") || t.pos().startsWith("名詞-サ変接続"))
                    && t.reading() != null && !t.reading().isEmpty();
            if (!common) {
                return false;
            }
        }
        return true;
    }
}
