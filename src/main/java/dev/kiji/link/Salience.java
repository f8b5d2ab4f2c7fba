package dev.kiji.link;

import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.NameKey;
import java.util.List;

/**
 * Salience of an entity in [0, 1]: 0.35 if it is named in the title, 0.25 × how early its first
 * mention comes, 0.25 × its mention count relative to the most-mentioned entity, 0.15 × the share
 * of the text between its first and last mention. An entity that is the whole title line of the text and
 * is named nowhere in the body gets neither the title nor the early share: that line is a masthead or a site
 * name, not a headline (a headline that names its subject only there, in other words than the story's, keeps
 * the title share).
 */
final class Salience {
    private final int textLength;
    private final int titleEnd;
    private final String titleKey;
    private final String titleLine;
    private final int maxMentions;

    Salience(Document doc, int maxMentions) {
        this.textLength = Math.max(1, doc.text().length());
        String title = doc.title();
        this.titleEnd = title != null && !title.isBlank() && doc.text().startsWith(title.strip()) ? title.strip().length() : 0;
        this.titleKey = title == null ? "" : NameKey.of(title);
        this.titleLine = doc.text().substring(0, titleEnd);
        this.maxMentions = Math.max(1, maxMentions);
    }

    double of(List<Mention> mentions, List<String> keys) {
        int first = Integer.MAX_VALUE;
        int last = 0;
        boolean inTitle = false;
        boolean inBody = false;
        boolean wholeTitle = false;
        for (Mention m : mentions) {
            wholeTitle |= m.span().end() <= titleEnd && isWholeTitle(m);
            first = Math.min(first, m.span().start());
            last = Math.max(last, m.span().end());
            inTitle |= m.span().end() <= titleEnd;
            inBody |= m.span().start() >= titleEnd;
        }
        if (!inTitle && !titleKey.isEmpty()) {
            inTitle = keys.stream().anyMatch(k -> k.length() >= 2 && titleKey.contains(k));
        }
        boolean masthead = !inBody && wholeTitle;  // a site name, named nowhere in the story
        inTitle &= !masthead;
        double early = masthead ? 0 : 1.0 - Math.min(1.0, (double) first / textLength);
        double freq = Math.min(1.0, (double) mentions.size() / maxMentions);
        double spread = Math.min(1.0, Math.max(0, last - first) / (double) textLength);
        double s = (inTitle ? 0.35 : 0) + 0.25 * early + 0.25 * freq + 0.15 * spread;
        return Math.round(Math.min(1.0, Math.max(0.0, s)) * 10000) / 10000.0;
    }

    /** The title line is this mention and nothing else but spaces and punctuation. */
    private boolean isWholeTitle(Mention m) {
        String rest = titleLine.substring(0, m.span().start()) + titleLine.substring(m.span().end());
        return rest.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
