package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MentionMapper and ValueRules on hand-built tokens (no models). */
class MentionRulesTest {

    private static Mention map(String tag, String tagged) {
        StringBuilder text = new StringBuilder();
        List<CoreLabel> tokens = Tokens.of(tagged, text);
        CoreMap m = new ArrayCoreMap();
        m.set(CoreAnnotations.NamedEntityTagAnnotation.class, tag);
        m.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return MentionMapper.map(m, text.toString(), null);
    }

    @Test
    void organizationSubtypesComeFromClearNameParts() {
        assertEquals(Subtype.COMPANY, map("ORGANIZATION", "Brightwater Foods Ltd.").subtype());
        assertEquals(Subtype.COMPANY, map("ORGANIZATION", "Halden Group").subtype());
        assertEquals(Subtype.POLITICAL, map("ORGANIZATION", "Ministry of/IN Fisheries").subtype());
        assertEquals(Subtype.POLITICAL, map("ORGANIZATION", "Green Party").subtype());
        assertNull(map("ORGANIZATION", "Red Cross").subtype());
        assertEquals(Subtype.COMPANY, map("ORGANIZATION", "Ostrava University").subtype());
        assertEquals(Subtype.COMPANY, map("ORGANIZATION", "Brightwater Co.").subtype());
        assertEquals(Subtype.POLITICAL, map("ORGANIZATION", "Coastal Safety Agency").subtype());
        assertEquals(Subtype.OTHER, map("ORGANIZATION", "Baltic Rowing Federation").subtype());
        assertEquals(Subtype.OTHER, map("ORGANIZATION", "Green Harbor Fund").subtype());
        assertNull(map("ORGANIZATION", "Union").subtype(), "a one-word name decides nothing by its last word");
    }

    @Test
    void leadingTheAndTitlesAreDropped() {
        Mention org = map("ORGANIZATION", "the/DT Arctic Council");
        assertEquals("Arctic Council", org.text());
        assertEquals(new CharSpan(4, 18), org.span());
        assertEquals("Ines Kowal", map("PERSON", "President Ines Kowal").text());
        assertEquals("Ahmed Farouk", map("PERSON", "Prime Minister Ahmed Farouk").text());
        assertEquals("President", map("PERSON", "President").text(), "never empties a mention");
    }

    @Test
    void sumoRanksAndJobTitlesAreDroppedToo() {
        assertEquals("Washinoumi", map("PERSON", "Yokozuna Washinoumi").text());
        assertEquals("Emi Kawada", map("PERSON", "Chief Executive Officer Emi Kawada").text());
        assertEquals("Shomu", map("PERSON", "Emperor Shomu").text());
    }

    @Test
    void aNameEndingInALegalFormIsACompanyWhateverItWasTagged() {
        Mention m = map("LOCATION", "Kitami Hokkaido Corp.");
        assertEquals(EntityType.ORGANIZATION, m.type());
        assertEquals(Subtype.COMPANY, m.subtype());
        assertEquals(EntityType.LOCATION, map("LOCATION", "Corp.").type(), "a legal form alone names nothing");
    }

    @Test
    void aSentenceFinalLegalFormKeepsItsPeriod() {
        StringBuilder text = new StringBuilder();
        List<CoreLabel> tokens = Tokens.of("Kitami Inc", text);
        text.append(". Next");
        CoreMap m = new ArrayCoreMap();
        m.set(CoreAnnotations.NamedEntityTagAnnotation.class, "ORGANIZATION");
        m.set(CoreAnnotations.TokensAnnotation.class, tokens);
        assertEquals("Kitami Inc.", MentionMapper.map(m, text.toString(), null).text());
    }

    @Test
    void typesAreMappedOrDropped() {
        assertEquals(EntityType.LOCATION, map("CITY", "Valparaiso").type());
        assertEquals(EntityType.LOCATION, map("STATE_OR_PROVINCE", "Ontario").type());
        assertEquals(EntityType.EVENT, map("MISC", "Winter Olympics").type());
        assertEquals(EntityType.EVENT, map("MISC", "Baltic Security Summit").type());
        assertNull(map("MISC", "Norwegian/JJ"), "nationality adjectives are not entities");
        assertNull(map("NUMBER", "42/CD"));
        assertNull(map("DURATION", "three/CD weeks/NNS"));
        assertNull(map("PERSON", "she/PRP"), "pronoun mentions are dropped");
    }

    @Test
    void valueRulesFindPercentagesMonthsAndYearsButNoWeekdaysOrRelativeDates() {
        StringBuilder text = new StringBuilder();
        List<CoreLabel> tokens = Tokens.of("Sales/NNS rose/VBD 7.5/CD percent/NN on/IN Monday and/CC 3/CD %/NN "
                + "in/IN June ,/, down/RB from/IN 2019/CD ;/: may/MD last/JJ week/NN and/CC yesterday/NN "
                + "next/JJ Friday", text);
        String s = text.toString();
        List<Mention> found = ValueRules.find(tokens, s, LocalDate.of(2024, 6, 20), List.of());
        assertEquals(List.of("7.5 percent", "3 %", "June", "2019"), found.stream().map(Mention::text).toList(),
                "weekdays and relative dates are no values (as in Japanese and the annotation conventions)");
        assertEquals(List.of("7.5", "3", "2024-06", "2019"), found.stream().map(Mention::value).toList());
        assertEquals(EntityType.PERCENT, found.get(0).type());
        assertEquals(EntityType.DATE, found.get(2).type());
    }

    @Test
    void valueRulesSkipTokensInsideExistingMentions() {
        StringBuilder text = new StringBuilder();
        List<CoreLabel> tokens = Tokens.of("in/IN 2019 ,/, March 3", text);
        Mention existing = Mention.of(new CharSpan(10, 17), text, EntityType.DATE, null, "XXXX-03-03");
        assertEquals(List.of("2019"),
                ValueRules.find(tokens, text.toString(), null, List.of(existing)).stream().map(Mention::text).toList());
    }
}
