package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.List;
import java.util.Map;

/**
 * A name followed by the word for its trade or kind is a shop, a route or a sumo stable, not a person: the tagger finds
 * a surname-like {@code まるみ} in {@code まるみ屋}, {@code 吉田} in {@code 吉田ルート} and {@code 鷲ノ浦} in {@code 鷲ノ浦部屋}. A PERSON directly followed by
 * a token that is exactly one of {@link #SUFFIXES} (so not {@code 屋根} or {@code ルートヴィヒ}) takes it in and the
 * class it names ({@link CompanyTails#joinPersons} does the same for a company's trade word).
 */
final class TradeNames {
    private static final Map<String, NerClass> SUFFIXES = Map.of(
            "屋", NerClass.COMPANY, "商店", NerClass.COMPANY, "工務店", NerClass.COMPANY,
            "ルート", NerClass.FACILITY, "登山道", NerClass.FACILITY, "部屋", NerClass.ORG_OTHER);

    private TradeNames() {
    }

    static Span apply(List<Token> tokens, Span s) {
        if (s.type() != NerClass.PERSON) {
            return s;
        }
        int k = NewsPostPass.tokenAt(tokens, s.end());
        if (k < 0 || tokens.get(k).span().start() != s.end()) {
            return s;
        }
        NerClass c = SUFFIXES.get(tokens.get(k).surface());
        return c == null ? s : new Span(s.start(), tokens.get(k).span().end(), c);
    }
}
