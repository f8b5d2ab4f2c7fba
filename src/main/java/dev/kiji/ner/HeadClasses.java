package dev.kiji.ner;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Head words whose class the conventions fix whatever the name before them: a burial mound, hospital, museum, shrine,
 * canal or airport is a facility (篠塚3号墳, つがる総合病院, 近江神宮, 香川用水), an atoll, archipelago or peninsula a
 * place (フナフティ環礁), an exchange or a 本舗 a company (オスロ証券取引所,
 * 綾川うどん本舗), a 事業団 an organization of the other kind. The tagger often types such names by their first part
 * (a place) or as products. Person mentions keep their type (heads such as 寺 and 池 also end surnames and are not listed).
 */
final class HeadClasses {
    private static final Map<String, NerClass> HEADS = Map.ofEntries(
            Map.entry("古墳", NerClass.FACILITY), Map.entry("号墳", NerClass.FACILITY), Map.entry("病院", NerClass.FACILITY),
            Map.entry("博物館", NerClass.FACILITY), Map.entry("美術館", NerClass.FACILITY), Map.entry("神宮", NerClass.FACILITY),
            Map.entry("神社", NerClass.FACILITY), Map.entry("用水", NerClass.FACILITY), Map.entry("空港", NerClass.FACILITY),
            Map.entry("環礁", NerClass.LOCATION), Map.entry("諸島", NerClass.LOCATION), Map.entry("半島", NerClass.LOCATION),
            Map.entry("取引所", NerClass.COMPANY), Map.entry("本舗", NerClass.COMPANY), Map.entry("事業団", NerClass.ORG_OTHER));

    private HeadClasses() {
    }

    /**
     * {@code s} as {@code to} when its class is one of {@code from} and it ends in one of {@code heads} with more before
     * it (…協会 a company → an association, …労基署 → political); {@code s} otherwise.
     */
    static Span byHead(String text, Span s, List<String> heads, Set<NerClass> from, NerClass to) {
        if (!from.contains(s.type())) return s;
        for (String head : heads) {
            if (s.end() - s.start() > head.length() && text.startsWith(head, s.end() - head.length())) {
                return new Span(s.start(), s.end(), to);
            }
        }
        return s;
    }

    static Span retype(String text, Span s) {
        if (s.type() == NerClass.PERSON) return s;
        for (int n = 2; n <= 3 && n < s.end() - s.start(); n++) {
            NerClass c = HEADS.get(text.substring(s.end() - n, s.end()));
            if (c != null) return c == s.type() ? s : new Span(s.start(), s.end(), c);
        }
        return s;
    }
}
