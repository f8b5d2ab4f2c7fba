package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import dev.kiji.doc.Token;
import java.util.List;

/**
 * A facility or product "name" made only of ordinary dictionary nouns (太陽光発電所, 英語リスニング, 文学賞) is a
 * generic term in news copy, not a name: every token is an IPADIC common noun with a reading (no proper noun, no
 * unknown word, no number), and neither ENAMDICT nor the knowledge base knows the whole text (国立競技場 is known).
 * Laws keep their titles (労働基準法).
 */
final class GenericCompounds {
    private GenericCompounds() {
    }

    static boolean generic(String text, List<Token> tokens, Span s, NameDictionary dict, KnownNames known) {
        if (s.type() != NerClass.FACILITY && s.type() != NerClass.PRODUCT) return false;
        int i = NewsPostPass.tokenAt(tokens, s.start());
        if (i < 0 || tokens.get(i).span().start() != s.start()) return false;
        int n = 0;
        for (; i < tokens.size() && tokens.get(i).span().start() < s.end(); i++, n++) {
            Token t = tokens.get(i);
            String pos = t.pos();
            boolean common = pos.startsWith("名詞-一般") || pos.startsWith("名詞-サ変接続") || pos.startsWith("名詞-接尾-一般");
            if (!common || t.reading() == null || t.span().end() > s.end()) return false;
        }
        if (n < 2) return false;
        String name = text.substring(s.start(), s.end());
        if (name.endsWith("法")) return false; // a law's title is its name (河川法), however ordinary its words
        return (dict == null || dict.lookup(name).isEmpty()) && (known == null || known.classOf(name) == null);
    }
}
