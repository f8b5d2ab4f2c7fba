package dev.kiji.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Token;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.ner.KuromojiTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Unknown organizations, places, facilities, events and documents whose Japanese name translates the English one
 * ({@code ボルカニア自由党 = Volkania Liberal Party}) get one NIL id in both languages: the head and modifier words
 * through the bilingual table, the proper part by sound or reading, word order normalized. Japanese names are
 * tokenized by Kuromoji as in the pipeline.
 */
class ForeignHeadWordsTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shared());

    private static String id(String name, EntityType type) {
        boolean ja = !NameForms.isLatin(name);
        String body = ja ? name + "が声明を出した。" : name + " issued a statement.";
        DocBuilder b = ja ? DocBuilder.ja("声明", body) : DocBuilder.en("Statement", body);
        b.m(name, type);
        if (ja) {
            for (Token t : KuromojiTokens.tokenize(body)) {
                b.t(t.surface(), t.reading(), t.pos());
            }
        }
        Document d = LINKER.process(b.build());
        return d.mentions().stream().filter(m -> m.text().equals(name)).map(Mention::entity).findFirst()
                .orElseThrow(() -> new AssertionError(name));
    }

    @ParameterizedTest(name = "{1} = {2}")
    @CsvSource(delimiter = ';', value = {
        "ORGANIZATION; ボルカニア自由党; Volkania Liberal Party",
        "ORGANIZATION; ボルカニア共産党; Communist Party of Volkania",
        "ORGANIZATION; ボルカニア労働組合; Volkania Union",
        "ORGANIZATION; ボルカニア選挙委員会; Volkania Election Commission",
        "ORGANIZATION; ボルカニア中央銀行; Central Bank of Volkania",
        "ORGANIZATION; 鷲宮教育委員会; Washimiya Board of Education",
        "ORGANIZATION; ボルカニア商工会議所; Volkania Chamber of Commerce",
        "ORGANIZATION; ボルカニア外務省; Volkania Foreign Ministry",
        "ORGANIZATION; ボルカニア環境省; Volkania Ministry of Environment",
        "ORGANIZATION; ボルカニア空軍; Volkania Air Force",
        "ORGANIZATION; ボルカニア交響楽団; Volkania Symphony Orchestra",
        "ORGANIZATION; 鷲宮漁協; Washimiya Fisheries Cooperative",
        "ORGANIZATION; ボルカニアサッカー協会; Volkania Football Association",
        "ORGANIZATION; 鷲宮女子大学; Washimiya Women's University",
        "ORGANIZATION; 全国鷲宮協会; National Washimiya Association",
        "LOCATION; 北ボルカニア; North Volkania",
        "LOCATION; ノースボルカニア; North Volkania",
        "LOCATION; ボルカニア州; Volkania State",
        "LOCATION; ボルカニア山; Mount Volkania",
        "LOCATION; 鷲宮山; Mount Washimiya",
        "LOCATION; ボルカニア砂漠; Volkania Desert",
        "LOCATION; ボルカニア岬; Cape Volkania",
        "FACILITY; ボルカニア大聖堂; Volkania Cathedral",
        "FACILITY; ボルカニア動物園; Volkania Zoo",
        "FACILITY; ボルカニア美術館; Volkania Museum of Art",
        "FACILITY; ボルカニア大使館; Volkania Embassy",
        "EVENT; 第3回ボルカニア選手権大会; 3rd Volkania Championships",
        "EVENT; ボルカニア大会; Volkania Tournament",
        "EVENT; ボルカニア内戦; Volkania Civil War",
        "EVENT; ボルカニア国民投票; Volkania Referendum",
        "EVENT; ボルカニア議会選挙; Volkania Parliamentary Election",
        "EVENT; ボルカニアサミット; Volkania Summit",
        "EVENT; ボルカニアオープン; Volkania Open",
        "PRODUCT; ボルカニア独立宣言; Volkania Declaration of Independence",
        "PRODUCT; 鷲宮特別措置法; Washimiya Special Measures Act",
        "PRODUCT; ボルカニア合意; Volkania Accord",
    })
    void translatedNamesShareTheId(EntityType type, String japanese, String english) {
        assertEquals(id(japanese, type), id(english, type));
    }

    @Test
    void idsReadAsEnglishWords() {
        assertEquals("nil:name:washimiya_democratic_party", id("鷲宮民主党", EntityType.ORGANIZATION));
        assertEquals("nil:name:washimiya_democratic_party", id("Democratic Party of Washimiya",
                EntityType.ORGANIZATION));
        assertEquals("nil:name:washimiya_election_presidential", id("鷲宮大統領選挙", EntityType.EVENT));
        assertEquals("nil:name:washimiya_mount", id("Mount Washimiya", EntityType.LOCATION));
    }

    @Test
    void japaneseModifiersBesideAKanjiNameStayRomanized() {
        // English writes a Japanese bank's 中央 and a Japanese town's compass word in romaji
        assertEquals(id("鷲宮中央銀行", EntityType.ORGANIZATION), id("Washimiya Chuo Bank", EntityType.ORGANIZATION));
        assertNotEquals(id("鷲宮中央銀行", EntityType.ORGANIZATION), id("Central Bank of Washimiya",
                EntityType.ORGANIZATION));
        assertEquals("nil:name:minamiwashimiya", id("南鷲宮", EntityType.LOCATION));
    }

    @Test
    void differentHeadWordsKeepDifferentIds() {
        assertNotEquals(id("ボルカニア陸軍", EntityType.ORGANIZATION), id("ボルカニア海軍", EntityType.ORGANIZATION));
        assertNotEquals(id("ボルカニア共和党", EntityType.ORGANIZATION), id("ボルカニア民主党", EntityType.ORGANIZATION));
        assertNotEquals(id("ボルカニア宣言", EntityType.PRODUCT), id("ボルカニア憲章", EntityType.PRODUCT));
    }
}
