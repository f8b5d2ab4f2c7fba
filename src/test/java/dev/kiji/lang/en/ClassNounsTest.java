package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ClassNouns on hand-built tokens: which names the CRF called persons the copy says are companies or products. */
class ClassNounsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "the bus operator [Hoshiwa Lines|PERSON] runs; Hoshiwa Lines=ORGANIZATION",
        "[Kumotsu|PERSON] , an Osaka start-up , rents; Kumotsu=ORGANIZATION",
        // the tokenizer splits hyphenated words: start - up written together
        "[Kumotsu|PERSON] , an Osaka start ^- ^up , rents; Kumotsu=ORGANIZATION",
        "the start ^- ^up [Kumotsu|PERSON] said; Kumotsu=ORGANIZATION",
        "[Kumotsu|PERSON] , a co ^- ^op of farmers , said; Kumotsu=ORGANIZATION",
        "[Ken Tamura|PERSON] , a start ^- ^up founder , said; Ken Tamura=PERSON",
        "[Ken Tamura|PERSON] , a bank clerk , said; Ken Tamura=PERSON",
        "members of [Kiri Sapporo|PERSON] , a citizens ^' group backing/VBG the plaintiffs; Kiri Sapporo=ORGANIZATION",
        "start ^- ^up [Kumotsu|PERSON] said; Kumotsu=ORGANIZATION",
        // the class noun before "called" or a comma, or right after the name
        "met at a pub called [Kiri Sakaba|PERSON] to; Kiri Sakaba=ORGANIZATION",
        "queued outside his shop , [Denden Kiri|PERSON] , before; Denden Kiri=ORGANIZATION",
        "who runs the [Kiri Ramen|PERSON] shop and served; Kiri Ramen=ORGANIZATION",
        "[Kiri Akari|PERSON] , a nonprofit that helps , said; Kiri Akari=ORGANIZATION",
        "the president , [Ken Tamura|PERSON] , said; Ken Tamura=PERSON",
        "a man named [Ken Tamura|PERSON] said; Ken Tamura=PERSON",
        "[Ken Tamura|PERSON] shop owners said; Ken Tamura=PERSON",
        "[Kumotsu|PERSON] , a small solar firm , said [Kumotsu|PERSON] would grow; Kumotsu=ORGANIZATION Kumotsu=ORGANIZATION",
        "to be sold as [Velmora|PERSON] next year; Velmora=PRODUCT",
        "the drug [Velmora|PERSON] works; Velmora=PRODUCT",
        "launched [Kiri Maru|PERSON] , a two-car sightseeing train that runs; Kiri Maru=PRODUCT",
        "[Ken Tamura|PERSON] , a model who lives; Ken Tamura=PERSON",
        "[Aya Kiriu|PERSON] , an analyst at research firm [Mobix|ORGANIZATION] , said; Aya Kiriu=PERSON Mobix=ORGANIZATION",
        "Producer [Ken Tamura|PERSON] said; Ken Tamura=PERSON",
        "[Ken Tamura|PERSON] , a producer , said; Ken Tamura=PERSON",
        "the firm [Hayato|PERSON] said , and Mr. [Hayato|PERSON] agreed; Hayato=PERSON Hayato=PERSON",
        "the union [Rengo North|ORGANIZATION] and the club [Aoba|PERSON]; Rengo North=ORGANIZATION Aoba=ORGANIZATION",
    })
    void namesClassedAsCompaniesOrProductsAreRetyped(String tagged, String expected) {
        assertEquals(expected, TaggedNames.run(tagged, ClassNouns::apply));
    }
}
