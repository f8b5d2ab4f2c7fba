package dev.kiji.link;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.NameKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a non-person mention that is two names joined by a conjunction ({@code ハヤセ製薬とくすのき薬品},
 * {@code Orvane Chemical and Tesla Rail}), as a recognizer tags a headline's pair whole, into one mention per
 * name when the article names each of them on its own elsewhere, or one of them and the other ends in a
 * generic word ({@code 薬品}, {@code Rail}). A name such as {@code 日本と世界の未来研究所} whose first part the
 * article never names alone is left alone.
 */
final class CoordinatedNames {
    private static final Pattern JOIN = Pattern.compile("と|及び|および|、| and | & ");

    private CoordinatedNames() {
    }

    /** The mentions with every such pair split; the same list when there is none. */
    static List<Mention> split(List<Mention> mentions, String text) {
        if (mentions.stream().noneMatch(m -> isName(m) && JOIN.matcher(m.text()).find())) {
            return mentions;  // the usual case, cheaply
        }
        Set<String> keys = new HashSet<>();
        for (Mention m : mentions) {
            if (isName(m)) {
                keys.add(NameKey.of(m.text()));
                String bare = LegalForm.strippedKey(m.text());  // 株式会社くすのき薬品 names くすのき薬品
                if (bare != null) {
                    keys.add(bare);
                }
            }
        }
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            List<Mention> parts = isName(m) ? parts(m, text, keys) : null;
            if (parts != null && out == null) {
                out = new ArrayList<>(mentions.subList(0, i));
            }
            if (parts != null) {
                out.addAll(parts);
            } else if (out != null) {
                out.add(m);
            }
        }
        return out == null ? mentions : out;
    }

    private static boolean isName(Mention m) {
        return !m.type().isValue() && m.type() != dev.kiji.doc.EntityType.PERSON;
    }

    /** A name ending in a generic organization or facility word ({@code くすのき薬品}, {@code Tesla Rail}). */
    private static boolean generic(String name) {
        if (NameForms.isLatin(name)) {
            String[] w = name.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
            return w.length > 1 && GenericWords.genericEnglish(List.of(w[w.length - 1]));
        }
        for (int cut = 1; cut < name.length() - 1; cut++) {
            String e = GenericWords.english(name.substring(cut));
            if (e != null && !e.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<Mention> parts(Mention m, String text, Set<String> keys) {
        Matcher j = JOIN.matcher(m.text());
        while (j.find()) {
            String a = m.text().substring(0, j.start()).strip();
            String b = m.text().substring(j.end()).strip();
            boolean knownA = keys.contains(NameKey.of(a));
            boolean knownB = keys.contains(NameKey.of(b));
            if (a.isEmpty() || b.isEmpty() || !(knownA && knownB || knownA && generic(b) || knownB && generic(a))) {
                continue;
            }
            int start = m.span().start();
            int bStart = start + m.text().indexOf(b, j.end());
            return List.of(Mention.of(new CharSpan(start, start + a.length()), text, m.type(), m.subtype(), m.value()),
                    Mention.of(new CharSpan(bStart, bStart + b.length()), text, m.type(), m.subtype(), m.value()));
        }
        return null;
    }
}
