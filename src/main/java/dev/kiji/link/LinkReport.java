package dev.kiji.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Result of {@link LinkEvaluator}: the same metrics for linking given gold mentions (isolates
 * clustering and linking) and end to end (system mentions).
 */
public record LinkReport(int documents, int goldMentionsSkipped, Scores goldMentions, Scores endToEnd) {

    /**
     * @param b3Precision B-cubed cluster precision (micro over mentions)
     * @param kbCorrect   gold entities the KB holds (gold id = a KB id or {@code wd:} + a KB entry's QID) whose
     *                    majority system id equals the gold id
     * @param kbTotal     gold entities the KB holds with at least one matched mention
     * @param nilCorrect  fictional entities left NIL ({@code nil:} id)
     * @param nilTotal    fictional entities with at least one matched mention
     * @param pairAgree   gold entities present in both articles of a JA/EN pair that got the same system id on both sides
     * @param pairTotal   gold entities present in both articles of a pair
     * @param outsideKbMentions mentions of real (non-fictional) gold entities the KB does not hold
     * @param outsideKbNil      of those, mentions the system left NIL (correct behaviour)
     * @param outsideKbLinked   of those, mentions the system linked to a KB entry (necessarily wrong); the
     *                          rest were not found by the system (end to end only)
     */
    public record Scores(double b3Precision, double b3Recall, double b3F1, int kbCorrect, int kbTotal, int nilCorrect,
            int nilTotal, int pairAgree, int pairTotal, int outsideKbMentions, int outsideKbNil, int outsideKbLinked) {

        public double linkingAccuracy() {
            return ratio(kbCorrect, kbTotal);
        }

        public double nilAccuracy() {
            return ratio(nilCorrect, nilTotal);
        }

        public double crossLingualAgreement() {
            return ratio(pairAgree, pairTotal);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        String toText() {
            return String.format(Locale.ROOT,
                    "  B-cubed cluster P/R/F1    %.3f / %.3f / %.3f%n"
                            + "  linking accuracy (KB)     %.3f (%d/%d)%n"
                            + "  NIL accuracy (fictional)  %.3f (%d/%d)%n"
                            + "  cross-lingual agreement   %.3f (%d/%d)%n"
                            + "  real entities outside the KB: %d mentions, of which the system left NIL: %d (correct"
                            + " behaviour), linked to a wrong KB entry: %d%n",
                    b3Precision, b3Recall, b3F1, linkingAccuracy(), kbCorrect, kbTotal, nilAccuracy(), nilCorrect,
                    nilTotal, crossLingualAgreement(), pairAgree, pairTotal, outsideKbMentions, outsideKbNil,
                    outsideKbLinked);
        }
    }

    public String toText() {
        return String.format(Locale.ROOT, "link evaluation: %d documents, %d gold mentions skipped (offset/text mismatch)%n",
                documents, goldMentionsSkipped)
                + "given gold mentions:\n" + goldMentions.toText()
                + "end to end:\n" + endToEnd.toText();
    }

    public String toJsonLine() {
        try {
            return new ObjectMapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
