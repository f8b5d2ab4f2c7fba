package dev.kiji.ner;

import dev.kiji.link.kb.Titles;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A katakana name right before a word for the government or camp a leader heads ({@code トランプ米政権}, {@code
 * アサド政権}, {@code マクロン陣営}) is that leader: a PERSON, the word outside it, a one-character country between them a place. The tagger reads
 * such a name as a common word (トランプ, playing cards) or types the whole phrase an organization, which the
 * ordinary-words check then drops. A name the knowledge base knows as an organization ({@code タリバン政権}) is left alone.
 */
final class LeaderNames {
    private static final Pattern LEADER = Pattern.compile(
            "(?<![ァ-ヴー・])([ァ-ヴ][ァ-ヴー]+(?:・[ァ-ヴ][ァ-ヴー]+)*)(?=([米英仏独露中韓朝豪印伊]?)(?:"
                    + String.join("|", Titles.leaderWords()) + "))");

    private LeaderNames() {
    }

    static void add(String text, List<Span> out, KnownNames known) {
        Matcher m = LEADER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (known != null && known.classOf(name) != null) continue;  // タリバン政権: an organization's rule
            int a = m.start(1);
            int b = m.end(1);
            int replaced = -1;
            boolean blocked = false;
            for (int i = 0; i < out.size() && !blocked; i++) {
                Span o = out.get(i);
                if (o.start() < b + 3 && a < o.end()) {
                    boolean nameAndWord = o.start() == a && o.end() > b && o.type() != NerClass.PERSON;
                    if (nameAndWord && replaced < 0) replaced = i;
                    else blocked = true;
                }
            }
            if (blocked) continue;
            Span person = new Span(a, b, NerClass.PERSON);
            if (replaced >= 0) out.set(replaced, person);
            else out.add(person);
            if (!m.group(2).isEmpty() && !NewsPostPass.overlapsUnsorted(out, b, b + 1)) {
                out.add(new Span(b, b + 1, NerClass.LOCATION));  // トランプ|米|政権: the country is a place
            }
        }
    }
}
