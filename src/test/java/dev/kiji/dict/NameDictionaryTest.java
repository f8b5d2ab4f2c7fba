package dev.kiji.dict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameDictionaryTest {
    private static final String SOURCE = String.join("\n",
            "　？？？ /ENAMDICT test header/",
            "スミスソン /(s) Smithson/",
            "ジョン・スミスソン /John Smithson (1901.2.3-1980.4.5; imaginary painter)/",
            "北川町 [きたがわちょう] /(p) Kitagawachou/",
            "北川 [きたがわ] /(s,p) Kitagawa/",
            "北川 [ほくせん] /(g) Hokusen/",
            "ＡＢＣ商事 [エービーシーしょうじ] /(c) ABC Shouji (fictional trading firm)/",
            "カシワ /(st) Kashiwa Station/",
            "") + "\n";

    private static Path compile(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path src = dir.resolve("enamdict");
        Files.writeString(src, SOURCE, Charset.forName("EUC-JP"));
        EnamdictCompiler.build(src, dir.resolve("out"));
        return dir.resolve("out");
    }

    @Test
    void mergesHomographsAndKeepsRomanizations(@TempDir Path tmp) throws IOException {
        NameDictionary d = NameDictionary.load(compile(tmp));
        assertEquals(6, d.size());
        NameEntry kitagawa = d.lookup("北川").orElseThrow();
        assertEquals(EnumSet.of(NameType.SURNAME, NameType.PLACE, NameType.GIVEN), kitagawa.types());
        assertEquals(List.of("Kitagawa", "Hokusen"), kitagawa.romanizations());
        NameEntry john = d.lookup("ジョン・スミスソン").orElseThrow();
        assertEquals(Set.of(NameType.PERSON), john.types());
        assertEquals(List.of("John Smithson"), john.romanizations());
        assertEquals(Set.of(NameType.STATION), d.lookup("カシワ").orElseThrow().types());
        assertTrue(d.lookup("北").isEmpty());
        assertTrue(d.lookup("北川町役場").isEmpty());
    }

    @Test
    void keysAreNfkcNormalized(@TempDir Path tmp) throws IOException {
        NameDictionary d = NameDictionary.load(compile(tmp));
        NameEntry abc = d.lookup("ABC商事").orElseThrow();
        assertEquals(Set.of(NameType.COMPANY), abc.types());
        assertEquals(List.of("ABC Shouji"), abc.romanizations());
    }

    @Test
    void longestMatchesScanLeftToRight(@TempDir Path tmp) throws IOException {
        NameDictionary d = NameDictionary.load(compile(tmp));
        String text = "北川町でジョン・スミスソン氏とスミスソン夫人がABC商事を訪れた";
        List<NameMatch> ms = d.longestMatches(text);
        assertEquals(List.of("北川町", "ジョン・スミスソン", "スミスソン", "ABC商事"),
                ms.stream().map(m -> text.substring(m.start(), m.end())).toList());
        assertEquals(0, ms.get(0).start());
        assertEquals("Kitagawachou", ms.get(0).entry().romanizations().get(0));
        assertEquals(3, d.longestMatchAt("北川町", 0).orElseThrow().end());
        assertEquals(2, d.longestMatchAt("北川村", 0).orElseThrow().end());
        assertTrue(d.longestMatchAt("南川", 0).isEmpty());
    }

    @Test
    void romanizationsAreReadWithoutMacronsOrAccents() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write("ケルヒャー\tc\tKärcher\n聡一郎\tg\tSouichirō|Sōichirō\n".getBytes(StandardCharsets.UTF_8));
        }
        NameDictionary d = NameDictionary.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(List.of("Souichiro", "Soichiro"), d.lookup("聡一郎").orElseThrow().romanizations());
        assertEquals(List.of("Karcher"), d.lookup("ケルヒャー").orElseThrow().romanizations());
    }

    @Test
    void buildIsReproducible(@TempDir Path tmp) throws IOException {
        Path a = compile(tmp.resolve("a"));
        Path b = compile(tmp.resolve("b"));
        assertArrayEquals(Files.readAllBytes(a.resolve(NameDictionary.FILE_NAME)),
                Files.readAllBytes(b.resolve(NameDictionary.FILE_NAME)));
    }

    @Test
    void shippedResourceLinksKatakanaToEnglish() {
        NameDictionary d = NameDictionary.loadDefault();
        assertTrue(d.size() > 500_000, "size " + d.size());
        NameEntry biden = d.lookup("ジョー・バイデン").orElseThrow();
        assertTrue(biden.romanizations().contains("Joe Biden"), biden.toString());
        assertTrue(d.lookup("外務省").orElseThrow().types().contains(NameType.ORGANIZATION));
    }

    /** Longest match found by the indexed search equals the longest headword prefix found by exact lookups. */
    @net.jqwik.api.Property(tries = 200)
    void longestMatchEqualsExhaustiveLookup(@net.jqwik.api.ForAll("texts") String text) {
        for (int start = 0; start < text.length(); start++) {
            int expect = 0;
            for (int end = start + 1; end <= text.length(); end++) {
                if (SMALL.lookup(text.substring(start, end)).isPresent()) expect = end - start;
            }
            int idx = SMALL.longestIndexAt(text, start, text.length());
            assertEquals(expect, idx < 0 ? 0 : SMALL.keyLength(idx), () -> text);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> texts() {
        return net.jqwik.api.Arbitraries.strings().withChars("アイウカキー東京都大阪").ofMaxLength(12);
    }

    private static final NameDictionary SMALL = small();

    private static NameDictionary small() {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>(java.util.List.of("ア", "アイ", "アイウ", "アイウカ", "アウ",
                "イ", "ウカ", "ウカキ", "カキー", "カキーア", "東", "東京", "東京都", "京都", "大阪", "大阪都", "ーア", "キイ"));
        StringBuilder tsv = new StringBuilder();
        for (String k : keys) tsv.append(k).append("\tp\t").append("x").append('\n');
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
                gz.write(tsv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return NameDictionary.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
