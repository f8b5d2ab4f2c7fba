package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.List;

/**
 * A place or a known organization followed by a generic head noun is that place or organization, not a longer
 * name (news copy): 東京株式市場 → 東京, 大阪事務所 → 大阪, 札幌市長選 → 札幌, 旭川市議 → 旭川, 東南アジア諸国 →
 * 東南アジア, 東証プライム市場 → 東証, 西鉄特急 → 西鉄, 千葉Ｊファン → 千葉Ｊ, 霧島神宮前 → 霧島神宮, 尾道弁 → 尾道, ガザ停戦 → ガザ, ブダペスト大会 (an edition held there) → ブダペスト, 天津経由 → 天津, サハリン沖 → サハリン, ジャカルタ郊外 → ジャカルタ. The head must follow a single IPADIC place token (LOCATION)
 * or a name the knowledge base knows as one class (that class), or a place token and its administrative suffix
 * (沖縄県知事選 → 沖縄県); other mentions come back unchanged. An organization the knowledge base knows followed
 * by one of its sub-units is that organization (福岡県警久留米署 → 福岡県警, ＪＲ西日本米子支社 → ＪＲ西日本, 宮内庁正倉院事務所 → 宮内庁),
 * and a municipality followed by a section of its office is the place (奄美市危機管理課 → 奄美市).
 */
final class GenericHeads {
    /** Longest first, so 株式市場 is cut whole rather than as 市場. */
    private static final String[] HEADS = {"外国為替市場", "スタンダード市場", "プライム市場", "グロース市場", "株式市場", "為替市場",
        "市長選", "知事選", "市議選", "県議選", "事務所", "市場", "支店", "支社", "市議", "県議", "諸国", "特急", "急行",
        "電車", "列車", "サポーター", "ファン", "モデル", "前", "弁", "停戦", "侵攻", "大会", "中心部", "経由", "河畔", "都心", "周辺",
        "付近", "沿岸", "近郊", "郊外", "沖"};

    /** Heads cut only after a place: a known event's own 大会 is part of its name (全国高校野球選手権大会). */
    private static final java.util.Set<String> PLACE_ONLY_HEADS = java.util.Set.of("大会");

    private GenericHeads() {
    }

    /** Ends of a sub-unit written after its organization (久留米署, 捜査1課, 特捜部, 広報室, 米子支社), never annotated. */
    /** Ends of a municipal office's section (危機管理課, 広報室), written after its town or prefecture and never annotated. */
    private static final List<String> MUNICIPAL_UNIT_ENDS = List.of("課", "室", "係");

    private static final List<String> SUB_UNIT_ENDS = List.of("署", "課", "部", "班", "室", "係", "支社",
            "支店", "支局", "営業所", "事務所");

    static Span apply(String text, List<Token> tokens, Span s, KnownNames known) {
        Span unit = subUnit(text, tokens, s, known);
        if (unit != null) {
            return unit;
        }
        String t = text.substring(s.start(), s.end());
        for (String h : HEADS) {
            if (t.length() <= h.length() || !t.endsWith(h)) continue;
            int b = s.end() - h.length();
            String name = text.substring(s.start(), b);
            if (onePlaceToken(tokens, s.start(), b) || placeWithSuffix(text, tokens, s.start(), b)) {
                return new Span(s.start(), b, NerClass.LOCATION);
            }
            NerClass c = known == null || name.length() < 2 || PLACE_ONLY_HEADS.contains(h) ? null : known.classOf(name);
            return c == null ? s : new Span(s.start(), b, c);
        }
        return s;
    }

    /**
     * An organization the knowledge base knows, followed by one of its sub-units (福岡県警久留米署 → 福岡県警, 警視庁捜査1課
     * → 警視庁, 東京地検特捜部 → 東京地検): the organization, as the annotation conventions have it; else null.
     */
    private static Span subUnit(String text, List<Token> tokens, Span s, KnownNames known) {
        if (s.end() - s.start() < 4 || SUB_UNIT_ENDS.stream().noneMatch(u -> text.startsWith(u, s.end() - u.length()))) {
            return null;
        }
        boolean section = MUNICIPAL_UNIT_ENDS.stream().anyMatch(u -> text.startsWith(u, s.end() - u.length()));
        for (int b = s.end() - 2; b >= s.start() + 2; b--) {
            if (section && placeWithSuffix(text, tokens, s.start(), b)) {
                return new Span(s.start(), b, NerClass.LOCATION);  // a town hall's section (奄美市|危機管理課): the place
            }
            if (known == null) continue;
            NerClass c = known.classOf(text.substring(s.start(), b));
            if (c != null && c.type() == dev.kiji.doc.EntityType.ORGANIZATION) {
                return new Span(s.start(), b, c);
            }
        }
        return null;
    }

    /** True when {@code [a, b)} is exactly one IPADIC place token. */
    static boolean onePlaceToken(List<Token> tokens, int a, int b) {
        int k = NewsPostPass.tokenAt(tokens, a);
        return k >= 0 && tokens.get(k).span().start() == a && tokens.get(k).span().end() == b
                && tokens.get(k).pos().startsWith("名詞-固有名詞-地域");
    }

    /** Administrative suffixes that end a prefecture's or municipality's name. */
    static final String ADMIN_SUFFIXES = "県府都道市町村区";

    /**
     * True when {@code [a, b)} is one IPADIC place token and an administrative suffix (沖縄|県, 札幌|市), however Kuromoji
     * cut the suffix from the head after it (沖縄|県知事|選).
     */
    static boolean placeWithSuffix(String text, List<Token> tokens, int a, int b) {
        return b - a >= 2 && ADMIN_SUFFIXES.indexOf(text.charAt(b - 1)) >= 0 && onePlaceToken(tokens, a, b - 1);
    }
}
