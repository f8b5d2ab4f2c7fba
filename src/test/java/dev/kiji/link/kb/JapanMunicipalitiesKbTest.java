package dev.kiji.link.kb;

import static dev.kiji.link.kb.DefaultKbNames.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Japanese cities, towns and villages the other curated files lack (curated-japan-municipalities.jsonl): a Japanese
 * and an English article about the same municipality name one entry, and a name two municipalities share (伊達市,
 * 府中市, 美里町) reaches each only together with its prefecture.
 */
class JapanMunicipalitiesKbTest {
    private static final String FILE = "/dev/kiji/link/kb/curated-japan-municipalities.jsonl";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "留萌市; Rumoi", "名寄市; Nayoro", "紋別市; Monbetsu", "紋別市; Mombetsu", "富良野市; Furano",
        "八幡平市; Hachimantai", "東松島市; Higashimatsushima", "仙北市; Semboku", "南陽市; Nanyo",
        "潮来市; Itako", "つくばみらい市; Tsukubamirai", "那須塩原市; Nasushiobara", "匝瑳市; Sosa",
        "南房総市; Minamiboso", "十日町市; Tokamachi", "糸魚川市; Itoigawa", "南砺市; Nanto",
        "駒ヶ根市; Komagane", "駒ケ根市; Komagane City", "伊豆の国市; Izunokuni", "丹波篠山市; Tanba-Sasayama",
        "宇陀市; Uda", "江田島市; Etajima", "四万十市; Shimanto City", "嬉野市; Ureshino", "南島原市; Minamishimabara",
        "上天草市; Kamiamakusa", "いちき串木野市; Ichikikushikino", "南城市; Nanjo",
        "福島県伊達市; Date, Fukushima", "広島県府中市; Fuchu, Hiroshima", "府中町; Fuchu Town, Hiroshima",
        "津島市; Tsushima, Aichi", "さくら市; Sakura, Tochigi", "埼玉県美里町; Misato Town, Saitama",
        "美瑛町; Biei", "洞爺湖町; Toyako Town", "奥尻町; Okushiri Town", "外ヶ浜町; Sotogahama", "猪苗代町; Inawashiro",
        "大洗町; Oarai", "益子町; Mashiko", "みなかみ町; Minakami", "関ケ原町; Sekigahara", "関ヶ原町; Sekigahara Town",
        "下諏訪町; Shimosuwa", "山ノ内町; Yamanouchi", "南種子町; Minamitane", "肝付町; Kimotsuki",
        "十津川村; Totsukawa", "南阿蘇村; Minamiaso", "球磨村; Kuma Village", "檜枝岐村; Hinoemata",
        "屋久島町; Yakushima Town", "座間味村; Zamami", "久米島町; Kumejima Town", "梼原町; Yusuhara", "檮原町; Yusuhara Town",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everyEntryIsAMunicipalityWithoutQidAndInTheBuiltKb() {
        DefaultKbNames.assertCuratedFile(FILE, 1000);
        for (KbEntry e : KbBuilder.curated(FILE)) {
            assertEquals("LOCATION", e.type().name(), e.id());
            assertTrue(e.labels().ja().matches(".+[市町村]"), e.id());
            assertTrue(e.description().matches("(city|town|village) in (Hokkaido|Tokyo|\\w+ Prefecture); .*"), e.id());
        }
    }

    /** A Japanese name two municipalities share is not given to the new one bare: it reaches only the older entry. */
    @ParameterizedTest
    @CsvSource({"伊達市, kb:loc:date_fukushima", "府中市, kb:loc:fuchu_hiroshima", "美浜町, kb:loc:mihama_aichi",
        "美浜町, kb:loc:mihama_wakayama", "池田町, kb:loc:ikeda_hokkaido", "Date, kb:loc:date_fukushima",
        "Fuchu, kb:loc:fuchu_hiroshima"})
    void sharedNameAloneDoesNotReachTheNewEntry(String name, String id) {
        assertTrue(DefaultKbNames.KB.byId(id).isPresent(), id);
        assertFalse(ids(name).contains(id), name + " " + ids(name));
    }
}
