package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Runs an English mention rule on hand-built tokens and names, for the rules' case tables. */
final class TaggedNames {
    private TaggedNames() {
    }

    /**
     * {@code tagged}: words separated by spaces; a name is written {@code [Name Words|TYPE]}. Returns the
     * types after the rule, in text order, as {@code Name=TYPE}.
     */
    static String run(String tagged, BiFunction<List<CoreLabel>, List<Mention>, List<Mention>> rule) {
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
        return String.join(" ", rule.apply(tokens, mentions).stream().map(m -> m.text() + "=" + m.type()).toList());
    }
}
