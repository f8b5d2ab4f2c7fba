package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import dev.kiji.doc.Token;
import java.util.List;

/**
 * A "name" of any type but an event made only of ordinary dictionary nouns (太陽光発電所, 英語リスニング, 文学賞, 地域政党, 液化天然ガス) is a
 * generic term in news copy, not a name: every token is an IPADIC common noun with a reading (no proper noun, no
 * unknown word, no number), and neither ENAMDICT nor the knowledge base knows the whole text (国立競技場 is known).
 * Laws keep their titles (労働基準法).
 */
final class GenericCompounds {
    /**
     * Heads that make a name of ordinary words after all: a legislature or court (国民議会, 最高裁判所) and a company's
     * trade (北辰電機, a maker of electrical machinery); a central bank (中央銀行) is a term, not a name.
     */
    private static final java.util.regex.Pattern NAME_HEADS = java.util.regex.Pattern.compile(
            "(?:議会|議院|国会|委員会|裁判所|省|庁|" + String.join("|", CountrySplitter.COMPANY_TAILS) + ")$");

    private GenericCompounds() {
    }

    static boolean generic(String text, List<Token> tokens, Span s, NameDictionary dict, KnownNames known) {
        if (s.type() == NerClass.EVENT) return false;  // 雪まつり: an event's short form (さっぽろ雪まつり) is ordinary words
        int i = NewsPostPass.tokenAt(tokens, s.start());
        if (i < 0 || tokens.get(i).span().start() != s.start()) return false;
        int n = 0;
        for (; i < tokens.size() && tokens.get(i).span().start() < s.end(); i++, n++) {
            Token t = tokens.get(i);
            String pos = t.pos();
            boolean common = pos.startsWith("名詞-一般") || pos.startsWith("名詞-サ変接続") || pos.startsWith("名詞-接尾-一般")
                    || pos.startsWith("名詞-形容動詞語幹");
            if (!common || t.reading() == null || t.span().end() > s.end()) return false;
        }
        if (n < 2) return false;
        String name = text.substring(s.start(), s.end());
        if (name.endsWith("法")) return false; // a law's title is its name (河川法), however ordinary its words
        if (s.type().type() == dev.kiji.doc.EntityType.ORGANIZATION && NAME_HEADS.matcher(name).find() && !name.endsWith("銀行")
                && !CompanyTails.DESCRIPTIVE.contains(tokens.get(NewsPostPass.tokenAt(tokens, s.start())).surface())) {
            return false;  // 北辰電機 is a name; 中堅製薬 (a mid-sized drugmaker) is not
        }
        return (dict == null || dict.lookup(name).isEmpty()) && (known == null || known.classOf(name) == null);
    }
}
