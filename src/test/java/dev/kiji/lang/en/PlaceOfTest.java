package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PlaceOf on hand-built tokens: which tagged names become places. */
class PlaceOfTest {

    /**
     * {@code tagged}: words separated by spaces; a name is written {@code [Name Words|TYPE]}. Returns the
     * types after the rule, in text order, as {@code Name=TYPE}.
     */
    private static String run(String tagged) {
        StringBuilder plain = new StringBuilder();
        List<int[]> names = new ArrayList<>();
        List<EntityType> types = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        int wordIndex = 0;
        for (String part : tagged.split("(?=\\[)|(?<=\\])")) {
            if (part.startsWith("[")) {
                String[] nt = part.substring(1, part.length() - 1).split("\\|");
                int n = nt[0].split(" ").length;
                names.add(new int[] {wordIndex, wordIndex + n});
                types.add(EntityType.valueOf(nt[1]));
                words.append(' ').append(nt[0]);
                wordIndex += n;
            } else if (!part.isBlank()) {
                words.append(' ').append(part.strip());
                wordIndex += part.strip().split(" ").length;
            }
        }
        List<CoreLabel> tokens = Tokens.of(words.toString().strip(), plain);
        String text = plain.toString();
        List<Mention> mentions = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            CharSpan span = new CharSpan(tokens.get(names.get(k)[0]).beginPosition(), tokens.get(names.get(k)[1] - 1).endPosition());
            mentions.add(Mention.of(span, text, types.get(k), null, null));
        }
        return String.join(" ", PlaceOf.apply(tokens, mentions).stream().map(m -> m.text() + "=" + m.type()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "help the town of [Korimaki|PERSON] rebuild; Korimaki=LOCATION",
        "in the cities of [Ostervik|LOCATION] and [Hallmora|PERSON] on Friday; Ostervik=LOCATION Hallmora=LOCATION",
        "the villages of [Ashby|PERSON] , [Corra|ORGANIZATION] , and [Deln|PERSON]; Ashby=LOCATION Corra=LOCATION Deln=LOCATION",
        "The island of [Ulvo Nera|PERSON] lies north; Ulvo Nera=LOCATION",
        "the mayor of [Korimaki|PERSON] said; Korimaki=PERSON",
        "the family of [Anna Lind|PERSON] said; Anna Lind=PERSON",
        "the town of [Korimaki|PERSON] and its mayor [Ken Arai|PERSON]; Korimaki=LOCATION Ken Arai=PERSON",
        "the town of [Korimaki|PERSON] , said [Ken Arai|PERSON]; Korimaki=LOCATION Ken Arai=PERSON",
        "a town of [Korimaki|PERSON]; Korimaki=PERSON",
        "the town of [Korimaki|PERSON] , [Arai|PERSON] said; Korimaki=LOCATION Arai=PERSON",
        "the town of [Korimaki|PERSON] , [Ken Arai|PERSON] said; Korimaki=LOCATION Ken Arai=PERSON",
        "the city of [Valport Festival|EVENT]; Valport Festival=EVENT",
    })
    void namesAfterAPlaceClassArePlaces(String tagged, String expected) {
        assertEquals(expected, run(tagged));
    }
}
