package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.dict.NameDictionary;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import dev.kiji.doc.Token;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random text built from pieces the rules react to (countries, generic nouns, dots, particles, titles,
 * acronyms, typhoon numbers, KB names) with random disjoint typed spans: every rule together must give
 * spans inside the text, non-empty, sorted and pairwise disjoint.
 */
class NewsPostPassFuzzTest {
    private static final String[] PIECES = {"日本", "米", "露", "韓", "ロシア", "政府", "大統領", "国境", "東部", "・", "と", "や",
        "の", "は", "が", "、", "。", "（", "）", "ＥＵ", "WHO", "国連", "神戸地裁", "東京", "静岡", "愛知", "両県", "県", "市", "区",
        "台風", "１２", "号", "第", "森田", "投手", "准教授", "氏", "アデバヨ", "ミナミ製菓", "株式会社", "エアコン", "内", " ", "Kenji",
        "Tanaka", "旧", "共産", "主義", "国", "港", "台風１２号", "台風第3号", "静岡・愛知両県", "日本政府", "米航空宇宙局",
        "森田投手", "ミナミ製菓とあおぞら食品", "東京・国立競技場", "日韓"};
    private static final NameDictionary DICT = NameDictionary.loadDefault();
    private static final KnownNames NAMES = KnownNames.of(KnowledgeBase.of(List.of(
            new KbEntry("kb:org:eu", EntityType.ORGANIZATION, Subtype.POLITICAL, new KbEntry.Labels("European Union", "ＥＵ"),
                    new KbEntry.Aliases(List.of("WHO"), List.of("共産")), null, null),
            new KbEntry("kb:org:kobe", EntityType.ORGANIZATION, Subtype.POLITICAL, new KbEntry.Labels("Kobe District Court", "神戸地裁"),
                    new KbEntry.Aliases(List.of(), List.of()), null, null))));
    private static final NewsPostPass PASS = new NewsPostPass(DICT, NewsPostPass.DEFAULT_RULES, () -> NAMES);

    @Property(tries = 300)
    void spansStayInsideSortedAndDisjoint(@ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(40);
        for (int i = 0; i < n; i++) sb.append(PIECES[r.nextInt(PIECES.length)]);
        String text = sb.toString();
        List<Token> tokens = NerTagger.tokenizeNormalized(text);
        List<Span> spans = new ArrayList<>();
        NerClass[] classes = NerClass.values();
        for (int a = 0; a < text.length(); ) {
            int len = 1 + r.nextInt(8);
            if (r.nextInt(3) == 0 && a + len <= text.length()) {
                spans.add(new Span(a, a + len, classes[r.nextInt(classes.length)]));
                a += len + r.nextInt(3);
            } else {
                a += 1 + r.nextInt(4);
            }
        }
        List<Span> out = PASS.apply(text, tokens, spans);
        for (int i = 0; i < out.size(); i++) {
            Span s = out.get(i);
            assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() < s.end(), s + " in " + text);
            if (i > 0) assertTrue(out.get(i - 1).end() <= s.start(), out.get(i - 1) + " overlaps " + s + " in " + text);
        }
    }
}
