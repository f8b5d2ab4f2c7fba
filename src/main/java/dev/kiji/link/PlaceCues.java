package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Retypes as a LOCATION a one-word English name the recognizer called a person or an organization when the text
 * around it says it is a place: {@code a builder in Nagaoka}, {@code X-based} ({@code a Fukuyama-based bank}). Only
 * a name the KB does not know, without a title, that is no part of a person's full name in the article: a
 * Japanese article names the place as a place ({@code 長岡市}), so both languages then give it one NIL id.
 */
final class PlaceCues {
    private static final Pattern BEFORE = Pattern.compile("(?:^|\\s)(?:in|near)\\s$");
    private static final Pattern AFTER = Pattern.compile("^[-‐]based\\b");
    private static final int WINDOW = 8;

    private final KnowledgeBase kb;

    PlaceCues(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** For each form, the mention retyped as a LOCATION, or {@code null} to keep it. */
    List<Mention> retyped(List<MentionForm> forms, String text) {
        Set<String> personParts = new HashSet<>();
        forms.stream().filter(f -> f.type() == EntityType.PERSON && f.isMultiPart())
                .forEach(f -> personParts.addAll(f.partKeys()));
        return forms.stream().map(f -> place(f, text, personParts) ? asPlace(f.mention()) : null).toList();
    }

    private boolean place(MentionForm f, String text, Set<String> personParts) {
        Mention m = f.mention();
        if (f.type() != EntityType.PERSON && f.type() != EntityType.ORGANIZATION || f.isMultiPart()
                || !f.titles().isEmpty() || !NameForms.isLatin(m.text()) || m.text().strip().contains(" ")
                || personParts.contains(f.key()) || !kb.lookup(f.key()).isEmpty()) {
            return false;
        }
        int start = m.span().start();
        int end = m.span().end();
        String before = text.substring(Math.max(0, start - WINDOW), start);
        String after = text.substring(end, Math.min(text.length(), end + WINDOW));
        return AFTER.matcher(after).find() || f.type() == EntityType.PERSON && BEFORE.matcher(before).find();
    }

    private static Mention asPlace(Mention m) {
        return new Mention(m.span(), m.text(), EntityType.LOCATION, null, m.value(), m.entity());
    }
}
