package dev.kiji.lang.ja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Layer;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProperNounChunkerTest {
    private static final ProperNounChunker CHUNKER = new ProperNounChunker();

    private static List<Mention> mentions(String text) {
        return CHUNKER.process(JaDocs.tokens(text)).mentions();
    }

    private static Mention m(String text, int start, String surface, EntityType type, Subtype subtype) {
        return Mention.of(new CharSpan(start, start + surface.length()), text, type, subtype, null);
    }

    @Test
    void declaresLayers() {
        assertEquals("ner-ja-pos", CHUNKER.name());
        assertEquals(Set.of(Layer.TOKENS), CHUNKER.requires());
        assertEquals(Set.of(Layer.MENTIONS), CHUNKER.produces());
    }

    @Test
    void familyAndGivenNameJoinAndHonorificStaysOutside() {
        String t = "昨日、山田太郎さんが来た。";
        assertEquals(List.of(m(t, 3, "山田太郎", EntityType.PERSON, null)), mentions(t));
    }

    @Test
    void placeWithPlaceSuffix() {
        String t = "大阪府で雨が降った。";
        assertEquals(List.of(m(t, 0, "大阪府", EntityType.LOCATION, null)), mentions(t));
    }

    @Test
    void organisationSubtypesFromTheirName() {
        String t = "トヨタ自動車と外務省と民主党と早稲田大学。";
        assertEquals(List.of(m(t, 0, "トヨタ自動車", EntityType.ORGANIZATION, Subtype.COMPANY),
                m(t, 7, "外務省", EntityType.ORGANIZATION, Subtype.POLITICAL),
                m(t, 11, "民主党", EntityType.ORGANIZATION, Subtype.POLITICAL),
                m(t, 15, "早稲田大学", EntityType.ORGANIZATION, Subtype.OTHER)), mentions(t));
    }

    @Test
    void nounsClosedByOrganisationSuffix() {
        String t = "デジタル庁と三菱UFJ銀行。";
        assertEquals(List.of(m(t, 0, "デジタル庁", EntityType.ORGANIZATION, Subtype.POLITICAL),
                m(t, 6, "三菱UFJ銀行", EntityType.ORGANIZATION, Subtype.COMPANY)), mentions(t));
    }

    @Test
    void katakanaPartsJoinedByDotOrEqualsAreOnePerson() {
        String t = "ジャン＝ポール・サルトルの本。";
        assertEquals(List.of(m(t, 0, "ジャン＝ポール・サルトル", EntityType.PERSON, null)), mentions(t));
    }

    @Test
    void katakanaWordBeforeTitleIsPersonWithoutTheTitle() {
        String t = "ザルブノフスキ氏とペトロフ外相が会談。";
        assertEquals(List.of(m(t, 0, "ザルブノフスキ", EntityType.PERSON, null),
                m(t, 9, "ペトロフ", EntityType.PERSON, null)), mentions(t));
    }

    @Test
    void familyNameAloneIsFoundOnceTheFullNameIsKnown() {
        String t = "ミハイル・ゴルバチョフが来日した。ゴルバチョフは笑った。";
        assertEquals(List.of(m(t, 0, "ミハイル・ゴルバチョフ", EntityType.PERSON, null),
                m(t, 17, "ゴルバチョフ", EntityType.PERSON, null)), mentions(t));
    }

    @Test
    void latinNamesAcronymsAndCompanies() {
        String t = "会見にはJohn Smithが出席し、WHOも声明を出した。Goldman Sachs Bankも。";
        assertEquals(List.of(m(t, 4, "John Smith", EntityType.PERSON, null),
                m(t, 19, "WHO", EntityType.ORGANIZATION, Subtype.OTHER),
                m(t, 30, "Goldman Sachs Bank", EntityType.ORGANIZATION, Subtype.COMPANY)), mentions(t));
    }

    @Test
    void singleLatinWordCountsOnlyBeforeATitle() {
        String t = "Smith氏がParisに着いた。";
        assertEquals(List.of(m(t, 0, "Smith", EntityType.PERSON, null)), mentions(t));
    }

    @Test
    void nonBmpCharacterAndEmojiBeforeAnEntityKeepOffsetsExact() {
        String t = "𠮷野家の前で😀ペトロフ大統領が話した。";
        List<Mention> ms = mentions(t);
        assertTrue(ms.contains(m(t, 9, "ペトロフ", EntityType.PERSON, null)), ms.toString());
        // the out-of-dictionary 𠮷 is never cut off the word it belongs to
        assertTrue(ms.stream().noneMatch(x -> x.span().start() == 2), ms.toString());
    }

    @Test
    void fullWidthAcronymSpanCoversTheOriginal() {
        String t = "今日ＮＡＴＯの会合。";
        assertEquals(List.of(m(t, 2, "ＮＡＴＯ", EntityType.ORGANIZATION, Subtype.OTHER)), mentions(t));
    }

    @Test
    void commonNounsBuiltOnNamesAreNotEntities() {
        assertEquals(List.of(), mentions("共産主義の歴史。"));
        assertEquals(List.of(), mentions("ホワイトボードの報道は続いた。"));
    }
}
