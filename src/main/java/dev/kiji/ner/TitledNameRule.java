package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import dev.kiji.dict.NameType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News-style post-pass: a katakana or Latin name directly followed by a person-only honorific or
 * title (ブリンケン米国務長官, ストルテンベルグ事務総長, Smith氏), or a kanji surname from the name
 * dictionary followed by 氏/さん, becomes a PERSON mention when the model found nothing there.
 * The title itself stays outside the mention. Titles that also follow organizations or places
 * (社長, 市長) are deliberately not used.
 */
final class TitledNameRule {
    private static final String TITLE = "(?:[米英仏独露中韓朝日豪印伊前元故]|北朝鮮)?(?:国務長官|国防長官|副大統領|大統領|首相|外相|"
            + "報道官|事務総長|事務局長|委員長|国家主席|上院議員|下院議員|議員|容疑者|被告|選手|夫人|氏|さん)";
    private static final Pattern FOREIGN = Pattern.compile(
            "(?<![ァ-ヴーA-Za-z・])([ァ-ヴ][ァ-ヴー]*(?:・[ァ-ヴ][ァ-ヴー]*)*|[A-Z][A-Za-z.'\\-]*(?: [A-Z][A-Za-z.'\\-]*)*)"
                    + "(?=(" + TITLE + "))");
    private static final Pattern KANJI = Pattern.compile("(?<![一-龠々])([一-龠々]{2,4})(?=氏|さん)");

    /**
     * A name the model tagged as something else together with the さん after it (四月一日由紀さん, a surname written
     * like a date, as a product): さん follows people, so two to seven kanji or kana before it are a person's name
     * even where the dictionary knows neither part.
     */
    private static final Pattern NAME_BEFORE_SAN = Pattern.compile("[一-龠々ぁ-んァ-ヴー]{2,7}");

    /** Titles that follow only people, never an organization or a place (unlike 社長, 市長). */
    private static final String[] PERSON_ONLY = {"主任研究員", "内野手", "外野手", "准教授", "研究員", "容疑者", "投手", "捕手",
        "教授", "選手", "被告", "さん", "氏"};

    private TitledNameRule() {
    }

    /**
     * A non-person mention that ends in a person-only title and is otherwise a katakana word, a name
     * ENAMDICT knows as a person's or a surname and a given name (森田投手 typed as a company, オコンクォ准教授 as a
     * facility, 小倉拓海さん as a product), or any kanji and kana name before さん, is that person, without the title; so is
     * any mention, a person's too, that stopped inside an office head's title after such a name (四十万孝明裁判|長); other
     * mentions come back unchanged.
     */
    static Span retitle(String text, Span s, NameDictionary dictionary) {
        if (s.type() != NerClass.PERSON) {
            for (String title : PERSON_ONLY) {
                int b = s.end() - title.length();
                if (b > s.start() && text.startsWith(title, b)) return titled(text, s, b, title, dictionary);
            }
        }
        int head = text.indexOf('長', s.end());  // every office head's title ends in 長, one or two characters on
        if (head < 0 || head > s.end() + 1) return s;
        for (int b = s.end() - 1; b >= s.start() + 2; b--) {  // the mention stopped inside the title: 四十万孝明裁判|長
            Matcher m = OFFICE_HEAD.matcher(text).region(b, Math.min(text.length(), s.end() + 2));
            if (m.lookingAt() && m.start(1) < s.end() && m.end() > s.end()) {
                Span person = titled(text, s, b, m.group(), dictionary);
                if (person != s) return person;
            }
        }
        return s;
    }

    /**
     * The title of the head of a court or a department that the tagger may cut before its last character
     * (四十万孝明裁判|長, 宇出津浩二広報部|長); after a person's name it is that person's.
     */
    private static final Pattern OFFICE_HEAD = Pattern.compile("[一-龠]{0,3}?(裁判長|部長|課長|室長)");

    /** {@code s} as the person whose name ends at {@code b} before {@code title}, when the name can be one; else s. */
    private static Span titled(String text, Span s, int b, String title, NameDictionary dictionary) {
        String name = text.substring(s.start(), b);
        boolean katakana = NerTagger.katakanaRun(name, 0, name.length(), true);
        boolean person = dictionary != null && (dictionary.lookup(name).map(e -> e.types().contains(NameType.SURNAME)
                || e.types().contains(NameType.PERSON) || e.types().contains(NameType.GIVEN)).orElse(false)
                || GivenNameTails.surnameAndGivenName(name, Math.min(3, name.length() - 2), dictionary));
        return katakana || person || title.equals("さん") && NAME_BEFORE_SAN.matcher(name).matches()
                ? new Span(s.start(), b, NerClass.PERSON) : s;
    }

    static List<Span> apply(String text, List<Span> spans, NameDictionary dictionary) {
        List<Span> out = new ArrayList<>(spans);
        Matcher m = FOREIGN.matcher(text);
        while (m.find()) {
            if (m.end(1) - m.start(1) >= 2) addIfFree(out, new Span(m.start(1), m.end(1), NerClass.PERSON), m.end(2),
                    dictionary, text, false);
        }
        if (dictionary != null) {
            m = KANJI.matcher(text);
            while (m.find()) addIfFree(out, new Span(m.start(1), m.end(1), NerClass.PERSON), -1, dictionary, text, true);
        }
        out.sort(null);
        return out;
    }

    /**
     * Adds the name {@code s} unless a mention overlaps it; a mention with exactly its span (before
     * 氏/さん) or, when not a person, with the name and all or part of its title (up to {@code titleEnd};
     * ブリンケン米国務長官 or ブリンケン米国 tagged as one facility or organization) is replaced by it.
     */
    private static void addIfFree(List<Span> spans, Span s, int titleEnd, NameDictionary dict, String text,
            boolean needSurname) {
        boolean honorific = text.startsWith("氏", s.end()) || text.startsWith("さん", s.end());
        for (int i = 0; i < spans.size(); i++) {
            Span o = spans.get(i);
            boolean sameName = o.start() == s.start() && o.end() == s.end() && honorific;
            boolean nameWithTitle = o.start() == s.start() && o.end() > s.end() && o.end() <= titleEnd
                    && o.type() != NerClass.PERSON;
            if (sameName || (nameWithTitle && plausible(s, dict, text, needSurname))) {
                spans.set(i, s);
                return;
            }
            if (o.start() < s.end() && s.start() < o.end()) return;
        }
        if (plausible(s, dict, text, needSurname)) spans.add(s);
    }

    /** Whether the name dictionary lets {@code s} be a person: not a place or organization only; a surname when needed. */
    private static boolean plausible(Span s, NameDictionary dict, String text, boolean needSurname) {
        if (dict == null) return !needSurname;
        String name = text.substring(s.start(), s.end());
        int mask = dict.lookup(name).map(e -> e.types().stream().mapToInt(NameType::bit).reduce(0, (a, b) -> a | b))
                .orElse(0);
        boolean place = (mask & (NameType.PLACE.bit() | NameType.COMPANY.bit() | NameType.ORGANIZATION.bit())) != 0;
        boolean person = (mask & (NameType.SURNAME.bit() | NameType.GIVEN.bit() | NameType.PERSON.bit())) != 0;
        return !(place && !person) && !(needSurname && !person);
    }
}
