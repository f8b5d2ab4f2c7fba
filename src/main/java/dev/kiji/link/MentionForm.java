package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * What the linker knows about one entity mention: its canonical name (titles removed; the
 * mention span is untouched), lookup key, name parts, and romanized parts when a reading exists.
 *
 * @param index      position in the document's mention list
 * @param mention    the mention as the recognizer gave it
 * @param canonical  the bare name, e.g. {@code ブリンケン} for {@code ブリンケン米国務長官}
 * @param key        {@link dev.kiji.link.kb.NameKey} of {@code canonical}
 * @param titles     titles removed from the mention, e.g. {@code [国務長官, 米]}
 * @param partKeys   keys of the name parts ({@code [岸田, 文雄]}, {@code [antony, blinken]})
 * @param roman      romanized parts in text order, lower case, or {@code null} when unknown
 * @param familyFirst true when the parts are known to be family name then given name
 * @param tokens     the document tokens inside the canonical name (empty when there are none)
 * @param similarityForm romanized form compared for misspellings: the romanization if known, else the key
 */
record MentionForm(int index, Mention mention, String canonical, String key, List<String> titles,
        List<String> partKeys, List<String> roman, boolean familyFirst, List<Token> tokens, String similarityForm) {

    MentionForm(int index, Mention mention, String canonical, String key, List<String> titles, List<String> partKeys,
            List<String> roman, boolean familyFirst, List<Token> tokens) {
        this(index, mention, canonical, key, titles, partKeys, roman, familyFirst, tokens,
                roman != null ? String.join("", roman) : key);
    }

    /** The same analysis for another mention with the same text and type. */
    MentionForm at(int otherIndex, Mention other) {
        return new MentionForm(otherIndex, other, canonical, key, titles, partKeys, roman, familyFirst, tokens,
                similarityForm);
    }

    /** This form with titles read from the text around the mention added (linking context, not part of the name). */
    MentionForm withContextTitles(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(titles);
        all.addAll(more);
        return new MentionForm(index, mention, canonical, key, List.copyOf(all), partKeys, roman, familyFirst, tokens,
                similarityForm);
    }

    /** This form looked up under another key (see {@link CountryQualifier}). */
    MentionForm withKey(String otherKey) {
        return new MentionForm(index, mention, canonical, otherKey, titles, partKeys, roman, familyFirst, tokens,
                similarityForm);
    }

    EntityType type() {
        return mention.type();
    }

    int start() {
        return mention.span().start();
    }

    boolean isMultiPart() {
        return partKeys.size() > 1;
    }
}
