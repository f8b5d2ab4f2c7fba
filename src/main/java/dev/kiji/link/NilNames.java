package dev.kiji.link;

import dev.kiji.doc.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Id and display names of an entity the KB does not know. The id is
 * {@code nil:<class>:<key>}, a pure function of type and canonical name so it is identical across
 * articles and runs; the class is the type's ({@link #idClass}: {@code person}, or {@code name} for the five types
 * recognizers confuse). For people with a romanization (English names, or Japanese names with
 * readings) the key is built part by part by {@link ForeignName} (parts sorted): a known Japanese name part
 * keeps its {@link RomanKey}, so {@code 佐々木実} (ササキ ミノル) and {@code Minoru Sasaki} share
 * {@code nil:person:minoru_sasaki}, any other part takes the cross-script {@link PhoneticKey}, so
 * {@code ダニエル・オカフォー} and {@code Daniel Okafor} share one id too; for other types it is the {@link NilKey}
 * ({@code 延岡市} and {@code Nobeoka} share {@code nil:name:nobeoka}); otherwise it is the name key.
 */
final class NilNames {
    private NilNames() {
    }

    /**
     * The type an unlinked entity's id and record carry, so that both languages agree whatever each
     * recognizer typed: a name whose head word (the last word, or the word before {@code of}) is a
     * generic organization word is an ORGANIZATION ({@code Valkea Energy}, {@code ヴァルケア・エナジー},
     * {@code X Holdings}), one whose head is a facility word a FACILITY ({@code Miyazaki Airport},
     * {@code Port of Miyazaki}, {@code 上越線}), one whose head is a natural-place word a LOCATION ({@code X Trough},
     * {@code X River}); a trailing legal form is skipped ({@code X Chemical Co.}); a person only ever becomes an
     * organization. Else the
     * cluster's type.
     */
    static EntityType type(Cluster c) {
        EntityType t = c.type();
        if (t.isValue()) {
            return t;
        }
        MentionForm rep = c.representative();
        EntityType cls = null;
        if (NameForms.isLatin(rep.canonical())) {
            List<String> words = new ArrayList<>(java.util.Arrays.stream(rep.canonical().toLowerCase(Locale.ROOT).split("\\s+"))
                    .map(w -> w.replaceAll("[^a-z]", "")).filter(w -> !w.isEmpty()).toList());  // punctuation inside a word (Re-Tech) splits no word
            while (words.size() > 1 && GenericWords.legalOrParticle(words.get(words.size() - 1))) {
                words.remove(words.size() - 1);  // Higo Chemical Co.: the head is the word before the legal form
            }
            cls = words.isEmpty() ? null : GenericWords.classOf(words.get(words.size() - 1));
            int of = words.indexOf("of");
            if (cls == null && of > 0) {
                cls = GenericWords.classOf(words.get(of - 1));
            }
        } else {
            List<String> tail = japaneseTail(rep.canonical());
            cls = tail.isEmpty() ? null : GenericWords.classOf(tail.get(tail.size() - 1));
        }
        if (t == EntityType.PERSON) {
            return cls == EntityType.ORGANIZATION && !NameClass.japaneseFullName(rep.canonical()) ? cls : t;
        }
        return cls != null ? cls : t;
    }

    /**
     * English words of the generic word that ends a Japanese name ({@code 鷲宮港湾 → [port]}), or none. The loan ライン
     * gives none: it ends a shipping or bus company's name ({@code 対馬ライン}) as often as a route's, unlike 線.
     */
    static List<String> japaneseTail(String name) {
        for (int cut = 1; cut < name.length(); cut++) {
            if (name.startsWith("ライン", cut) && cut + 3 == name.length()) {
                return List.of();
            }
            String e = GenericWords.english(name.substring(cut));
            if (e != null && !e.isEmpty()) {
                return GenericWords.words(e);
            }
        }
        return List.of();
    }

    /**
     * A Latin name with a hyphen inside a part ({@code Min-jun}, {@code Jean-Luc}) is no Japanese name, whose
     * romanization never has one: it is keyed by sound as a whole, as its katakana is, even where each piece happens
     * to be valid Hepburn.
     */
    private static final java.util.regex.Pattern HYPHENATED = java.util.regex.Pattern.compile("[A-Za-z]-[A-Za-z]");

    private static final java.util.regex.Pattern EDITION = java.util.regex.Pattern.compile("(?<=[a-z])_?[0-9]{1,3}$");

    static String id(Cluster c, NameRomanizer spellings) {
        return id(c, spellings, CountryWords.none());
    }

    /**
     * The NIL id of {@code c}: a person's from {@link #personKey}, another type's from its {@link NilKey}.
     *
     * @param countries the countries that may open an event's or a treaty's name ({@link CountryWords})
     */
    static String id(Cluster c, NameRomanizer spellings, CountryWords countries) {
        String key = null;
        EntityType type = type(c);
        MentionForm rep = NilKeyForm.of(c, type);
        if (type == EntityType.PERSON) {
            key = personKey(rep);
        } else {
            key = NilKey.of(type, rep.canonical(), rep.tokens(), spellings, countries);
            for (MentionForm f : c.forms()) {  // the fullest name may lack tokens of its own (a headline): another's
                if (key != null) {
                    break;
                }
                if (f.key().equals(rep.key())) {
                    key = NilKey.of(type, f.canonical(), f.tokens(), spellings, countries);
                }
            }
        }
        if (key == null || key.isEmpty()) {
            key = rep.key();
        }
        if (type == EntityType.EVENT && NilKeyForm.isAcronym(rep.canonical())) {
            key = EDITION.matcher(key).replaceAll("");  // ＴＩＣＡＤ９ and TICAD: the id is the series'
        }
        return "nil:" + idClass(type) + ":" + key;
    }

    /**
     * Key of a person's name from its own romanization: by sound for a katakana name, as its English spelling is.
     * The dictionary's English spelling of each katakana part is not used: it often lists several ({@code マレー} is
     * Murray, Malay and Marais) and picks a different one than the English article's.
     */
    private static String personKey(MentionForm rep) {
        Regnal regnal = Regnal.of(rep.canonical());
        String name = regnal != null ? regnal.name() : rep.canonical();
        List<String> roman = rep.roman() != null && NameForms.isLatin(name) && SpanishSpelling.isSpanish(name)
                && rep.roman().stream().noneMatch(ForeignName::jSoundsY)  // Jón Stefánsson is Icelandic
                ? SpanishSpelling.sounds(rep.roman()) : rep.roman();  // Lucía Herrero: ルシア・エレーロ
        String key = roman == null ? null : ForeignName.shared().person(roman, personScript(name),
                Hepburn.isKana(name) && ForeignName.loanMarks(name) || HYPHENATED.matcher(name).find());
        return key == null || regnal == null ? key : key + "_" + regnal.number();  // Philip III = フェリペ3世: harap_3
    }

    /**
     * The class an unlinked entity's id carries: {@code person} for a person, {@code name} for anything else a
     * recognizer may call an organization, facility, product, event or place. Recognizers of the two languages
     * disagree most among these ({@code 「薩摩杉工房」} a product, {@code Satsuma Sugi Kobo} a company; a hospital an
     * organization or a facility; an inn or an ironworks a place), and the id must not depend on that; the entity's
     * type still says which it is.
     */
    static String idClass(EntityType type) {
        return switch (type) {
            case ORGANIZATION, FACILITY, PRODUCT, EVENT, LOCATION -> "name";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    /** English spellings of every katakana part of a person's name, or {@code null} unless all are known. */
    private static List<String> spelled(MentionForm rep, NameRomanizer spellings) {
        if (rep.roman() == null || !Hepburn.isKana(rep.canonical()) || rep.familyFirst()) {
            return null;
        }
        List<String> kana = NameForms.splitAtSeparators(rep.canonical()); // the parts rep.roman() was made of
        if (kana.size() != rep.roman().size()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String k : kana) {
            String e = spellings.english(k).orElse(null);
            if (e == null) {
                return null;
            }
            out.add(e.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    static ForeignName.Script script(String name) {
        return NameForms.isLatin(name) ? ForeignName.Script.LATIN
                : Hepburn.isKana(name) ? ForeignName.Script.KANA : ForeignName.Script.KANJI;
    }

    /**
     * The script a person's name is keyed as: its {@link #script}, except that a kanji name with a katakana part
     * ({@code 比嘉パウロ}, {@code 山城ジョルジ健二}: a Japanese Brazilian or Peruvian) counts as katakana, so it is
     * keyed by sound as a whole, as its English spelling is ({@code Paulo Higa}: {@code Paulo} is no Hepburn).
     */
    private static ForeignName.Script personScript(String name) {
        ForeignName.Script s = script(name);
        return s == ForeignName.Script.KANJI && KATAKANA_WORD.matcher(name).find() ? ForeignName.Script.KANA : s;
    }

    private static final java.util.regex.Pattern KATAKANA_WORD = java.util.regex.Pattern.compile("[\\p{IsKatakana}&&[^・ー]]{2,}");

    /**
     * English display name: the canonical Latin name, else for people the capitalized romanization
     * (each katakana part spelled by {@code spellings} when it knows them all), else the canonical form.
     */
    static String name(Cluster c, NameRomanizer spellings) {
        MentionForm rep = NilKeyForm.of(c, c.type());
        if (NameForms.isLatin(rep.canonical())) {
            return rep.canonical().strip();
        }
        if (c.type() != EntityType.PERSON || rep.roman() == null) {
            return rep.canonical();
        }
        List<String> parts = new ArrayList<>(rep.roman());
        if (rep.familyFirst()) {
            parts = List.of(parts.get(1), parts.get(0));
        }
        List<String> english = spelled(rep, spellings);
        if (english != null && !ForeignName.shared().person(english, ForeignName.Script.LATIN, false).equals(personKey(rep))) {
            english = null;  // a spelling that sounds otherwise than the id (マレー: Marais for Murray) is no safer than romaji
        }
        List<String> cap = new ArrayList<>();
        for (String p : english != null ? english : parts) {
            cap.add(Character.toUpperCase(p.charAt(0)) + p.substring(1));
        }
        Regnal regnal = Regnal.of(rep.canonical());
        if (regnal != null && !Regnal.toRoman(regnal.number()).isEmpty()) {
            cap.add(Regnal.toRoman(regnal.number()));  // フェリペ3世: Feripe III
        }
        return String.join(" ", cap);
    }

    /** Japanese name: the fullest canonical form when it is in Japanese script, else {@code null}. */
    static String nameJa(Cluster c) {
        MentionForm rep = c.representative();
        return NameForms.isLatin(rep.canonical()) ? null : rep.canonical();
    }
}
