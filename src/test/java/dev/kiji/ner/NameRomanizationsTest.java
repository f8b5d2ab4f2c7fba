package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.dict.EnamdictCompiler;
import dev.kiji.dict.NameDictionary;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameRomanizationsTest {
    private static final String SOURCE = String.join("\n",
            "　？？？ /ENAMDICT test header/",
            "オダギリ /(s) Odagiri/",
            "ハンナ・ベルクマン＝ロス /Hanna Bergmann-Ross (1950-; invented conductor)/",
            "西谷 [にしたに] /(s,p) Nishitani/",
            "西谷 [さいや] /(g) Saiya/",
            "西谷村 [にしたにむら] /(p) Nishitanimura/",
            "ＸＹ工業 [エックスワイこうぎょう] /(c) XY Kougyou (fictional maker)/",
            "ミナト /(st) Minato Station/",
            "") + "\n";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "odagiri, true", // surname
        "ODAGIRI, true", // any case
        "hanna, true", // full name, first word
        "bergmann, true", // hyphenated family name, both parts
        "ross, true",
        "nishitani, true", // surname that is also a place
        "saiya, true", // given name of a homograph
        "nishitanimura, false", // place only
        "kougyou, false", // company
        "minato, false", // station
        "station, false",
        "invented, false", // gloss words are not romanizations
        "'', false"
    })
    void personRomanizationWordsOnly(String word, boolean expected, @TempDir Path tmp) throws IOException {
        Path src = tmp.resolve("enamdict");
        Files.writeString(src, SOURCE, Charset.forName("EUC-JP"));
        EnamdictCompiler.build(src, tmp.resolve("out"));
        NameRomanizations r = new NameRomanizations(NameDictionary.load(tmp.resolve("out")));
        assertEquals(expected, r.isNamePart(word));
    }
}
