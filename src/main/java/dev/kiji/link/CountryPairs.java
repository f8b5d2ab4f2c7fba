package dev.kiji.link;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a LOCATION mention made only of one-character country abbreviations ({@code 日米}, {@code 米露},
 * {@code 日中韓}) into one mention per country, as a recognizer often tags the compound whole. A
 * character counts when the KB has it as a full alias of a country ({@code kb:country:*}); the compound
 * is left alone when the KB knows it as a name of its own.
 */
final class CountryPairs {

    private final KnowledgeBase kb;

    CountryPairs(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The mentions with every country compound split; the same list when there is none. */
    List<Mention> split(List<Mention> mentions, String text) {
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            boolean compound = m.type() == EntityType.LOCATION && isCompound(m.text());
            if (compound && out == null) {
                out = new ArrayList<>(mentions.subList(0, i));
            }
            if (compound) {
                for (int c = 0; c < m.text().length(); c++) {
                    int at = m.span().start() + c;
                    out.add(Mention.of(new CharSpan(at, at + 1), text, m.type(), m.subtype(), m.value()));
                }
            } else if (out != null) {
                out.add(m);
            }
        }
        return out == null ? mentions : out;
    }

    private boolean isCompound(String s) {
        if (s.length() < 2 || s.length() > 3 || !kb.lookup(s).isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            String c = s.substring(i, i + 1);
            boolean country = kb.lookup(c).stream().anyMatch(h -> !h.partial()
                    && h.entry().type() == EntityType.LOCATION && h.entry().isCountry());
            if (!country) {
                return false;
            }
        }
        return true;
    }
}
