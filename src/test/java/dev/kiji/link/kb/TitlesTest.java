package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesTest {

    private static String eventName(String text) {
        return Titles.event(text).name(text);
    }

    @Test
    void eventEditionOrdinalsAreDropped() {
        assertEquals("札幌国際音楽祭", eventName("第12回札幌国際音楽祭"));
        assertEquals("札幌国際音楽祭", eventName("第１２回札幌国際音楽祭"));
        assertEquals("鷹森位決定戦", eventName("第63期鷹森位決定戦"), "a title match's term");
        assertEquals("Sapporo Music Festival", eventName("12th Sapporo Music Festival"));
        assertEquals("Sapporo Music Festival", eventName("the 21st Sapporo Music Festival"));
        assertEquals("Sapporo Music Festival", eventName("3rd Sapporo Music Festival's"));
    }

    @Test
    void eventNamesWithoutALeadingOrdinalAreKept() {
        assertEquals("COP28", eventName("COP28"));
        assertEquals("2024 Noto earthquake", eventName("2024 Noto earthquake"));
        assertEquals("第2次世界大戦", eventName("第2次世界大戦"));
        assertEquals("第5回", eventName("第5回"), "nothing left after the ordinal: keep the text");
        assertEquals("2024 Noto earthquake", eventName("2024 Noto earthquake"), "a one-off event keeps its year");
        assertEquals("G7 summit 2023", eventName("G7 summit 2023"));
    }

    @Test
    void aRecurringEventLosesTheYearOfItsEdition() {
        assertEquals("鷲宮ゲームショー", eventName("鷲宮ゲームショー2027"));
        assertEquals("Washimiya Game Show", eventName("Washimiya Game Show 2027"));
        assertEquals("Washimiya Open", eventName("2027 Washimiya Open"));
        assertEquals("札幌国際音楽祭", eventName("第12回札幌国際音楽祭2027年"));
    }

    @Test
    void otherNamesKeepTheirOrdinal() {
        assertEquals("第12回札幌国際音楽祭", Titles.other("第12回札幌国際音楽祭").name("第12回札幌国際音楽祭"));
    }

    @Test
    void titlesFollowingAMentionAreRead() {
        String t = "マクロン仏大統領らが到着し、ショルツ前首相も来た。ミラーは去った。";
        assertEquals(List.of("大統領", "仏"), Titles.following(t, t.indexOf("仏")));
        assertEquals(List.of("首相"), Titles.following(t, t.indexOf("前首相")));
        assertEquals(List.of(), Titles.following(t, t.indexOf("は去")));
        assertEquals(List.of(), Titles.following("岸田らが", 2));
    }

    @Test
    void monarchsAndRoyalsLoseTheirTitleInEitherLanguage() {
        assertEquals("聖武", Titles.person("聖武天皇").name("聖武天皇"));
        assertEquals("光明", Titles.person("光明皇后").name("光明皇后"));
        assertEquals("Shomu", Titles.person("Emperor Shomu").name("Emperor Shomu"));
        assertEquals("Komyo", Titles.person("Empress Komyo").name("Empress Komyo"));
        assertEquals("天皇", Titles.person("天皇陛下").name("天皇陛下"), "a title alone is the name: only the honorific goes");
        assertEquals("テンノウ", Titles.reading("天皇"));
    }

    @Test
    void titlesJoinedBy兼AllGo() {
        assertEquals("鄧暁明", Titles.person("鄧暁明共産党政治局員兼外相").name("鄧暁明共産党政治局員兼外相"));
        assertEquals("鄧暁明", Titles.person("鄧暁明政治局員兼").name("鄧暁明政治局員兼"), "the second title outside the mention");
    }
}
