package dev.kiji.link;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Token;
import dev.kiji.link.kb.NameKey;
import dev.kiji.link.kb.NameReadings;
import dev.kiji.link.kb.Titles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds {@link MentionForm}s: strips titles from person mentions, splits names into parts (at
 * separators, else at Japanese token boundaries) and romanizes Japanese parts from their
 * katakana readings ({@link NameRomanizer} first, {@link Hepburn} as fallback). A person named in kanji (or a
 * kanji family name and a kana given name) whose family name is known is split and read name by name
 * ({@link KanjiNames}) instead of token by token.
 */
final class NameForms {
    private final NameRomanizer romanizer;
    private final KanjiNames kanjiNames;
    private final NameReadings readings;
    private final NameRomanizer spellings;

    /** @param spellings dictionary of kanji full names and given names ({@link NameRomanizer#fullName}) */
    NameForms(NameRomanizer romanizer, NameReadings readings, NameRomanizer spellings) {
        this.romanizer = romanizer;
        this.readings = readings;
        this.spellings = spellings;
        this.kanjiNames = new KanjiNames(readings, spellings);
    }

    MentionForm of(int index, Mention m, Document doc, TokenIndex tokens) {
        Titles.Stripped s = switch (m.type()) {
            case PERSON -> Titles.person(m.text());
            case EVENT -> Titles.event(m.text());
            case LOCATION -> Titles.other(m.text());
            default -> editionOrOther(m.text());
        };
        s = ownPossessive(m, s, tokens) ? new Titles.Stripped(s.from(), s.to() + 2, s.titles()) : s;
        String canonical = s.name(m.text());
        String bare = m.type() == EntityType.PERSON ? null : LegalForm.strippedKey(canonical);
        String key = bare != null ? bare : NameKey.of(canonical);  // 株式会社くすのき薬品 = くすのき薬品
        if (key.isEmpty()) {
            key = NameKey.of(m.text());
        }
        if (key.isEmpty()) {
            key = m.text().strip().isEmpty() ? "_" : m.text().strip();
        }
        int absFrom = m.span().start() + s.from();
        int absTo = m.span().start() + s.to();
        List<Token> toks = tokens.within(absFrom, absTo);
        if (toks.isEmpty() && m.type() == EntityType.PERSON) {
            toks = fusedWithTitle(tokens.within(m.span().start(), m.span().end()), absFrom, absTo, canonical);
        }
        Regnal regnal = m.type() == EntityType.PERSON ? Regnal.of(canonical) : null;
        String named = regnal != null ? regnal.name() : canonical;  // フェリペ3世: the parts of フェリペ
        List<String> rawParts = splitAtSeparators(named);
        boolean fromTokens = false;
        List<Token> nameToks = toks;
        // a family name Kuromoji cuts in pieces (小鳥|遊) is one part with its dictionary reading, as in the full name
        String familyOnly = rawParts.size() == 1 && m.type() == EntityType.PERSON && named.length() > 2
                && KanjiNames.allKanji(named) ? readings.family(named).orElseGet(() -> familySpelling(named)) : null;
        NameReadings.Split known = m.type() == EntityType.PERSON && rawParts.size() == 1 && familyOnly == null && regnal == null
                ? kanjiNames.split(canonical, toks, absFrom) : null;
        if (known != null) {
            rawParts = List.of(canonical.substring(0, known.at()), canonical.substring(known.at()));
        }
        if (known == null && familyOnly == null && rawParts.size() == 1 && !isLatin(named) && !Hepburn.isKana(named)
                && toks.size() > 1 && m.type() == EntityType.PERSON && named.length() > 2 && regnal == null) {  // 永|徳 is one name, not two
            nameToks = surnameThenGiven(toks);
            rawParts = nameToks.stream().map(Token::surface).toList();
            fromTokens = true;
        }
        List<String> partKeys = new ArrayList<>();
        for (String p : rawParts) {
            String k = NameKey.of(p);
            if (!k.isEmpty()) {
                partKeys.add(k);
            }
        }
        if (partKeys.isEmpty()) {
            partKeys.add(key);
        }
        List<String> roman = null;
        if (isLatin(canonical)) {
            roman = latinParts(partKeys);
        } else if (known != null) {
            roman = List.of(asciiLetters(known.family()), asciiLetters(known.given()));
        } else if (familyOnly != null) {
            roman = List.of(asciiLetters(familyOnly));
        } else if (m.type() == EntityType.PERSON || Hepburn.isKana(canonical)) {
            roman = romanize(rawParts, fromTokens ? nameToks : null, toks);
        }
        boolean familyFirst = known != null || fromTokens && nameToks.size() == 2 && KanjiNames.isSurname(nameToks.get(0));
        return new MentionForm(index, m, canonical, key, s.titles(), List.copyOf(partKeys), roman, familyFirst, toks);
    }

    /**
     * Whether the {@code 's} that ends an organization's or a facility's mention is part of its name ({@code at
     * Christie's on Wednesday}, クリスティーズ) rather than a genitive the recognizer took in ({@code Toyota's profit}):
     * no noun or adjective follows.
     */
    private static boolean ownPossessive(Mention m, Titles.Stripped s, TokenIndex tokens) {
        if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.FACILITY || s.to() + 2 != m.text().length()
                || !m.text().endsWith("'s") && !m.text().endsWith("’s")) {
            return false;
        }
        Token next = tokens.next(m.span().end());
        return next == null || !next.pos().startsWith("NN") && !next.pos().startsWith("JJ");
    }

    /**
     * An organization, facility or product mention stripped like an event when it names a recurring event's edition
     * ({@code ジャパンモビリティショー2025} typed an organization is the show), else as any other name. An English
     * ordinal opens an edition only before a series' name: the {@code 3rd Regional Coast Guard Headquarters} is one
     * of several headquarters, not an edition of one.
     */
    private static Titles.Stripped editionOrOther(String text) {
        Titles.Stripped other = Titles.other(text);
        Titles.Stripped event = Titles.event(text);
        boolean edition = event.from() > other.from() || event.to() < other.to();
        return edition && (Titles.isKanjiEdition(text) || Titles.namesSeries(text.substring(event.from(), event.to())))
                ? event : other;
    }

    /**
     * The name of a person Kuromoji reads as one token with its title ({@code 聖武天皇} ショウムテンノウ) as a token
     * of its own, read without the title's reading ({@link Titles#reading}); empty when the mention is not one such
     * token.
     */
    private static List<Token> fusedWithTitle(List<Token> whole, int from, int to, String name) {
        if (whole.size() != 1 || whole.get(0).span().start() != from || whole.get(0).reading() == null) {
            return List.of();
        }
        Token t = whole.get(0);
        String title = t.surface().substring(to - from);
        String titleReading = Titles.reading(title);
        if (titleReading == null || !t.reading().endsWith(titleReading) || t.reading().length() == titleReading.length()) {
            return List.of();
        }
        String reading = t.reading().substring(0, t.reading().length() - titleReading.length());
        return List.of(new Token(new CharSpan(from, to), name, name, t.pos(), reading));
    }

    /**
     * A surname token followed by several tokens ({@code 森田|大|翔}, a given name Kuromoji does not know)
     * becomes surname + one given-name token with the joined surface and reading.
     */
    private static List<Token> surnameThenGiven(List<Token> toks) {
        if (toks.size() < 3 || !KanjiNames.isSurname(toks.get(0))) {
            return toks;
        }
        List<Token> rest = toks.subList(1, toks.size());
        StringBuilder surface = new StringBuilder();
        StringBuilder reading = new StringBuilder();
        for (Token t : rest) {
            if (t.reading() == null) {
                return toks;
            }
            surface.append(t.surface());
            reading.append(t.reading());
        }
        CharSpan span = new CharSpan(rest.get(0).span().start(), rest.get(rest.size() - 1).span().end());
        if (span.length() != surface.length()) {
            return toks;
        }
        String s = surface.toString();
        return List.of(toks.get(0), new Token(span, s, s, "名詞-固有名詞-人名-名", reading.toString()));
    }

    private List<String> romanize(List<String> parts, List<Token> partTokens, List<Token> all) {
        List<String> out = new ArrayList<>();
        boolean initial = false;
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            String latin = java.text.Normalizer.normalize(p, java.text.Normalizer.Form.NFKC);
            if (isLatin(latin)) {  // Ｍ・Ｋ・スターリン: initials run together as English writes them (M.K. Stalin)
                String letters = asciiLetters(latin.toLowerCase(Locale.ROOT));
                if (letters.isEmpty()) {
                    return null;
                }
                if (initial && letters.length() == 1) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + letters);
                } else {
                    out.add(letters);
                }
                initial = letters.length() == 1;
                continue;
            }
            initial = false;
            String r = english(p);
            if (r == null) {
                String reading = Hepburn.isKana(p) ? p
                        : partTokens != null ? partTokens.get(i).reading() : readingOf(p, all);
                r = reading == null ? null  // a katakana part keeps its long u and i for the sound key (ルーラ ruura, Lula)
                        : Hepburn.isKana(p) && ForeignName.loanMarks(p) ? Hepburn.romanizeLong(reading) : Hepburn.romanize(reading);
            }
            if (r == null || r.isEmpty()) {
                return null;
            }
            out.add(r);
        }
        return out;
    }

    /** ENAMDICT's first spelling of a kanji family name the reading table lacks (小鳥遊 → takanashi), or {@code null}. */
    private String familySpelling(String name) {
        return spellings.familyNames(name).stream().map(e -> asciiLetters(e.toLowerCase(Locale.ROOT)))
                .filter(e -> !e.isEmpty()).findFirst().orElse(null);
    }

    private String english(String part) {
        return romanizer.english(part).map(e -> asciiLetters(e.toLowerCase(Locale.ROOT)))
                .filter(e -> !e.isEmpty()).orElse(null);
    }

    /** Reading of a part that is a contiguous run of whole tokens, or {@code null}. */
    private static String readingOf(String part, List<Token> toks) {
        String want = NameKey.of(part);
        for (int i = 0; i < toks.size(); i++) {
            StringBuilder surf = new StringBuilder();
            StringBuilder reading = new StringBuilder();
            for (int j = i; j < toks.size() && surf.length() < want.length(); j++) {
                Token t = toks.get(j);
                if (t.reading() == null) {
                    break;
                }
                surf.append(NameKey.of(t.surface()));
                reading.append(t.reading());
            }
            if (surf.toString().equals(want)) {
                return reading.toString();
            }
        }
        return null;
    }

    private static List<String> latinParts(List<String> partKeys) {
        List<String> out = new ArrayList<>();
        for (String k : partKeys) {
            String a = asciiLetters(k);
            if (!a.isEmpty()) {
                out.add(a);
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static String asciiLetters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && c >= 0x250 && !(c >= 0xFF21 && c <= 0xFF5A)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Name parts split at spaces and middle dots. A hyphen ({@code Chang-han}, {@code Jean-Luc}) and the
     * double hyphen katakana writes for it ({@code ジャン＝リュック}) join the pieces of one part: a Korean
     * given name is one katakana run ({@code キム・チャンハン}) whatever its Latin spelling.
     */
    static List<String> splitAtSeparators(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '=' || c == '＝' || c == '゠' || c == '-' || c == '‐') {
                continue;
            }
            boolean sep = Character.isWhitespace(c) || c == '・' || c == '･' || c == '　' || c == '·';
            if (sep) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out.isEmpty() ? List.of(s) : out;
    }
}
