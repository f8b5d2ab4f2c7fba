package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Names the KB knows, left out by the CRF, become mentions of the one kind the KB gives them. */
class KbMentionsTest {
    private static KbEntry entry(String id, EntityType type, Subtype subtype, String en, String... aliases) {
        return new KbEntry(id, type, subtype, new KbEntry.Labels(en, null), new KbEntry.Aliases(List.of(aliases), List.of()),
                null, null);
    }

    private static final KbMentions KNOWN = new KbMentions(KnowledgeBase.of(List.of(
            entry("kb:fac:varna_line", EntityType.FACILITY, null, "Varna Express Line"),
            entry("kb:fac:varna_express", EntityType.FACILITY, null, "Varna Express"),
            entry("kb:org:ostrava_union", EntityType.ORGANIZATION, Subtype.OTHER, "Ostrava Rowing Union", "ORU"),
            entry("kb:org:nosub", EntityType.ORGANIZATION, null, "Halden Works"),
            entry("kb:product:kestrel", EntityType.PRODUCT, null, "Kestrel"),
            entry("kb:fac:kestrel_hall", EntityType.FACILITY, null, "Kestrel Hall"),
            entry("kb:org:kestrel_hall", EntityType.ORGANIZATION, Subtype.COMPANY, "Kestrel Hall"),
            entry("kb:loc:orvika", EntityType.LOCATION, null, "Orvika"),
            entry("kb:product:kx9", EntityType.PRODUCT, null, "KX9", "KX9 rocket"),
            entry("kb:org:qlm", EntityType.ORGANIZATION, Subtype.COMPANY, "QLM"),
            entry("kb:person:anna_tessel", EntityType.PERSON, null, "Anna Tessel"),
            entry("kb:loc:tessel", EntityType.LOCATION, null, "Tessel"),
            entry("kb:loc:miroshi_kestava", EntityType.LOCATION, null, "Miroshi, Kestava"),
            entry("kb:org:long_ministry", EntityType.ORGANIZATION, Subtype.POLITICAL,
                    "Ministry of Rivers, Lakes, Canals, Harbours and Coasts"))));

    private static List<Mention> found(String tagged, List<Mention> crf) {
        StringBuilder sb = new StringBuilder();
        List<CoreLabel> tokens = Tokens.of(tagged, sb);
        return KNOWN.apply(tokens, sb.toString(), crf);
    }

    private static List<String> texts(List<Mention> mentions) {
        return mentions.stream().map(m -> m.text() + "/" + m.type() + (m.subtype() == null ? "" : "/" + m.subtype())).toList();
    }

    @Test
    void knownNamesTheTaggerMissedAreAddedLongestFirst() {
        assertEquals(List.of("Varna Express Line/FACILITY", "Ostrava Rowing Union/ORGANIZATION/OTHER", "ORU/ORGANIZATION/OTHER"),
                texts(found("they/PRP took/VBD the/DT Varna Express Line to/TO the/DT Ostrava Rowing Union ,/, "
                        + "or/CC ORU ./.", List.of())));
    }

    @Test
    void aNameOfManyWordsAndCommasIsFoundWhole() {
        assertEquals(List.of("Ministry of Rivers, Lakes, Canals, Harbours and Coasts/ORGANIZATION/POLITICAL"),
                texts(found("the/DT Ministry/NNP of/IN Rivers/NNP ^,/, Lakes/NNP ^,/, Canals/NNP ^,/, Harbours/NNP and/CC "
                        + "Coasts/NNP said/VBD ./.", List.of())));
    }

    @Test
    void aTitleAfterANameDoesNotMakeItLonger() {
        assertEquals(List.of("Ostrava Rowing Union/ORGANIZATION/OTHER"),
                texts(found("the/DT Ostrava/NNP Rowing/NNP Union/NNP President/NNP spoke/VBD ./.", List.of())));
        assertEquals(List.of(), texts(found("the/DT Ostrava/NNP Rowing/NNP Union/NNP Hall/NNP opened/VBD ./.", List.of())));
    }

    @Test
    void aPlaceTheKbNamesWithItsRegionIsTwoPlaces() {
        assertEquals(List.of("Miroshi/LOCATION", "Kestava/LOCATION"),
                texts(found("we/PRP went/VBD to/TO Miroshi,/NNP Kestava today/NN ./.", List.of())));
    }

    @Test
    void aPersonOnlyByTheFullNameAndNeverAsurname() {
        assertEquals(List.of("Anna Tessel/PERSON"),
                texts(found("we/PRP met/VBD Anna Tessel and/CC later/RB Tessel/NNP ./.", List.of())));
        assertEquals(List.of("Tessel/LOCATION"), texts(found("we/PRP went/VBD to/TO Tessel/NNP ./.", List.of())),
                "a place's own one-word name stays a place though a KB person bears it (127 such places in the "
                        + "default KB, Osaka and London among them); the article's own surnames are still left out");
    }

    @Test
    void ambiguousLowerCaseOrSubtypelessNamesAreLeftOut() {
        assertEquals(List.of(), texts(found("Kestrel Hall opened/VBD ,/, kestrel/NN and/CC Halden Works ./.", List.of())));
        assertEquals(List.of(), texts(found("Ostrava rowing/NN union/NN ./.", List.of())),
                "case-sensitive: only as the KB writes it");
    }

    @Test
    void oneWordNamesInsideALongerCapitalizedRunOrAtASentenceStartAsACommonWordAreLeftOut() {
        assertEquals(List.of(), texts(found("the/DT Old Orvika Road was/VBD shut/VBN ./.", List.of())));
        assertEquals(List.of(), texts(found("Kestrel/NN flew/VBD ./.", List.of())), "sentence-initial common noun");
        assertEquals(List.of("Kestrel/PRODUCT"), texts(found("Kestrel/NNP sold/VBD well/RB ./.", List.of())));
        assertEquals(List.of("Orvika/LOCATION"), texts(found("he/PRP lives/VBZ in/IN Orvika ./.", List.of())));
    }

    @Test
    void anAcronymMayStartASentenceAndADescriptionWordIsLeftOut() {
        assertEquals(List.of("QLM/ORGANIZATION/COMPANY", "KX9/PRODUCT"),
                texts(found("QLM/NN built/VBD a/DT KX9 rocket/NN ./.", List.of())));
    }

    @Test
    void aHyphenToACapitalizedWordContinuesTheNameButNotToALowerCaseOne() {
        String text = "the Orvika-Halden line and Orvika-listed sites";
        List<CoreLabel> tokens = new ArrayList<>();
        Matcher w = Pattern.compile("\\w+|-").matcher(text);
        while (w.find()) {
            CoreLabel t = new CoreLabel();
            t.setWord(w.group());
            t.setTag(Character.isUpperCase(w.group().charAt(0)) ? "NNP" : w.group().equals("-") ? "HYPH" : "NN");
            t.setBeginPosition(w.start());
            t.setEndPosition(w.end());
            tokens.add(t);
        }
        List<Mention> out = KNOWN.apply(tokens, text, List.of());
        assertEquals(List.of("Orvika/LOCATION"), texts(out));
        assertEquals(text.lastIndexOf("Orvika"), out.get(0).span().start());
    }

    @Test
    void aNameOverlappingAPersonIsLeftToIt() {
        StringBuilder sb = new StringBuilder();
        List<CoreLabel> tokens = Tokens.of("in/IN Varna Express Line", sb);
        Mention crf = Mention.of(new CharSpan(3, 8), sb.toString(), EntityType.PERSON, null, null);
        assertEquals(List.of(crf), KNOWN.apply(tokens, sb.toString(), List.of(crf)));
    }

    @Test
    void aPlaceOrFragmentTheTaggerFoundInsideANameOfSeveralWordsGivesWay() {
        StringBuilder sb = new StringBuilder();
        List<CoreLabel> tokens = Tokens.of("in/IN Varna Express Line", sb);
        Mention crf = Mention.of(new CharSpan(3, 8), sb.toString(), EntityType.LOCATION, null, null);
        assertEquals(List.of("Varna Express Line/FACILITY"), texts(KNOWN.apply(tokens, sb.toString(), List.of(crf))));
        // so do the pieces of a name the CRF cut in two
        StringBuilder sb3 = new StringBuilder();
        List<CoreLabel> tokens3 = Tokens.of("the/DT Ostrava Rowing Union", sb3);
        Mention a = Mention.of(new CharSpan(4, 11), sb3.toString(), EntityType.ORGANIZATION, Subtype.COMPANY, null);
        Mention b = Mention.of(new CharSpan(12, 24), sb3.toString(), EntityType.ORGANIZATION, Subtype.COMPANY, null);
        assertEquals(List.of("Ostrava Rowing Union/ORGANIZATION/OTHER"), texts(KNOWN.apply(tokens3, sb3.toString(), List.of(a, b))));
        // a one-word name never replaces the place
        StringBuilder sb2 = new StringBuilder();
        List<CoreLabel> tokens2 = Tokens.of("in/IN Orvika/NNP", sb2);
        Mention place = Mention.of(new CharSpan(3, 9), sb2.toString(), EntityType.LOCATION, null, null);
        assertEquals(List.of(place), KNOWN.apply(tokens2, sb2.toString(), List.of(place)));
    }
}
