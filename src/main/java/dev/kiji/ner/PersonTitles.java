package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import dev.kiji.dict.NameType;
import dev.kiji.doc.Token;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person mentions and their titles on news copy, after the span typer: a PERSON keeps no title (玄昌浩教授 →
 * 玄昌浩, ジョン・スミス・コーチ → ジョン・スミス, 山田経産相 → 山田: the tagger cuts titles before the typer, so a span it typed otherwise
 * and the typer turned into a PERSON still has one); a non-person mention that is a kanji surname and given name
 * from ENAMDICT (山田花子 typed as a company), optionally followed by a person-only title or a minister's title
 * (山田文科相), is that person without the title.
 */
final class PersonTitles {
    /** Titles that follow only people; 市長, 知事 and the like also follow places and are not used on non-persons. */
    private static final Pattern PERSON_ONLY = Pattern.compile(
            "(?:教諭|教授|准教授|助教|容疑者|被告|選手|投手|監督|コーチ|アナリスト|エコノミスト|研究員|記者|弁護士|氏|さん|[一-龠]{1,3}相|[初二三四五六七八九]段)$");
    private static final Pattern ANY_TITLE = Pattern.compile("(?:・?(?:コーチ|トレーナー|プロデューサー|ディレクター)|教諭|投手|捕手|内野手|外野手|[一-龠]{1,2}相)$");
    private static final int PLACE_OR_BODY = NameType.PLACE.bit() | NameType.COMPANY.bit()
            | NameType.ORGANIZATION.bit() | NameType.PRODUCT.bit() | NameType.STATION.bit();

    private PersonTitles() {
    }

    static Span apply(String text, List<Token> tokens, Span s, NameDictionary dict) {
        String t = text.substring(s.start(), s.end());
        if (s.type() == NerClass.PERSON) return new Span(s.start(), s.start() + stripTitle(t), NerClass.PERSON);
        if (dict == null) return s;
        boolean titled = PersonShortForms.titleAt(text, s.end()) > 0;
        if (isFullName(t, dict) && (titled || personTokens(tokens, s.start(), s.end()))) return new Span(s.start(), s.end(), NerClass.PERSON);
        Span straddled = titleRunningPast(text, s, dict);
        if (straddled != null) return straddled;
        Matcher m = PERSON_ONLY.matcher(t);
        if (m.find() && m.start() >= 2) {
            String rest = t.substring(0, m.start());
            int b = s.start() + m.start();
            if ((isFullName(rest, dict) || isSurname(rest, dict)) && personTokens(tokens, s.start(), b)) {
                return new Span(s.start(), b, NerClass.PERSON);
            }
        }
        return s;
    }

    /**
     * A non-person mention that ends in a title or in the first part of one running on past it (一力遼本因坊, 御子柴亜紀政策局|長)
     * and has before it a kanji surname and given name ({@link #isFullName}) is that person; null otherwise.
     */
    private static Span titleRunningPast(String text, Span s, NameDictionary dict) {
        for (int k = Math.min(4, s.end() - s.start() - 3); k >= 1; k--) {
            List<String> title = dev.kiji.link.kb.Titles.following(text, s.end() - k);
            if (TitleTails.runsPast(title, k - 1)) {  // reaches the end or runs past it
                String rest = text.substring(s.start(), s.end() - k);
                return isFullName(rest, dict) ? new Span(s.start(), s.end() - k, NerClass.PERSON) : null;
            }
        }
        return null;
    }

    /**
     * Whether Kuromoji reads [a,b) as a person's name: it starts with a token IPADIC knows as a person name, ends on a
     * token boundary, and holds no suffix, place or organization token (合志市, 広島城, 主計局 are not people).
     */
    static boolean personTokens(List<Token> tokens, int a, int b) {
        int i = NewsPostPass.tokenAt(tokens, a);
        if (i < 0 || tokens.get(i).span().start() != a || !tokens.get(i).pos().contains("人名")) return false;
        for (; i < tokens.size() && tokens.get(i).span().start() < b; i++) {
            String pos = tokens.get(i).pos();
            if (pos.contains("接尾") || pos.contains("地域") || pos.contains("組織")) return false;
            if (tokens.get(i).span().end() == b) return true;
        }
        return false;
    }

    /** Length of {@code name} without a final title (BoundaryFixer's, 教諭, ・コーチ), keeping at least two characters. */
    static int stripTitle(String name) {
        int end = stripOneTitle(name);
        while (end >= 3) {  // 政治局員兼外相 (兼 before or inside the title cut), or 政治局員兼 before a title outside: all go
            int cut = name.charAt(end - 1) == '兼' ? end - 1 : end < name.length() && name.charAt(end) == '兼' ? end : -1;
            if (cut < 0) break;
            int before = stripOneTitle(name.substring(0, cut));
            if (before == cut) break;
            end = before;
        }
        return end;
    }

    private static int stripOneTitle(String name) {
        Matcher m = ANY_TITLE.matcher(name);
        if (m.find() && m.start() >= 2) return m.start();
        int cut = BoundaryFixer.personSuffixLength(name);
        return name.length() - cut >= 2 ? name.length() - cut : name.length();
    }

    /** A 3–5 kanji string that ENAMDICT does not know as a place or body and that splits into a surname and a given name. */
    static boolean isFullName(String t, NameDictionary dict) {
        if (t.length() < 3 || t.length() > 5) return false;
        for (int i = 0; i < t.length(); i++) {
            if (!PersonShortForms.isKanji(t.charAt(i))) return false;
        }
        if (placeOrBody(t, dict)) return false;
        return !PersonShortForms.surnames(t, dict, false).isEmpty();
    }

    /** Whether ENAMDICT knows {@code t} as a place, station, organization, company or product. */
    static boolean placeOrBody(String t, NameDictionary dict) {
        return (mask(dict, t) & PLACE_OR_BODY) != 0;
    }

    private static boolean isSurname(String t, NameDictionary dict) {
        int mask = mask(dict, t);
        return (mask & (NameType.SURNAME.bit() | NameType.PERSON.bit())) != 0;
    }

    private static int mask(NameDictionary dict, String t) {
        return dict.lookup(t).map(e -> e.types().stream().mapToInt(NameType::bit).reduce(0, (a, b) -> a | b)).orElse(0);
    }
}
