package dev.kiji.dict;

import java.util.EnumSet;
import java.util.Set;

/** Name classes of ENAMDICT entries (its tags in parentheses), stored as a bit set per entry. */
public enum NameType {
    /** (s) family name. */
    SURNAME('s'),
    /** (g), (m), (f) given name. */
    GIVEN('g'),
    /** (h) full name of a particular person, or an untagged entry describing one. */
    PERSON('h'),
    /** (p) place name. */
    PLACE('p'),
    /** (st) station. */
    STATION('t'),
    /** (o) organization. */
    ORGANIZATION('o'),
    /** (c) company. */
    COMPANY('c'),
    /** (pr) product. */
    PRODUCT('r'),
    /** (wk) work of art, literature, music. */
    WORK('w'),
    /** (u) unclassified name, (dei) deity, or untagged. */
    OTHER('u');

    private final char code;

    NameType(char code) {
        this.code = code;
    }

    /** One-letter code used in the compiled resource. */
    public char code() {
        return code;
    }

    public int bit() {
        return 1 << ordinal();
    }

    public static NameType ofCode(char c) {
        for (NameType t : ALL) {
            if (t.code == c) return t;
        }
        throw new IllegalArgumentException("unknown name type code " + c);
    }

    private static final NameType[] ALL = values();

    /** ENAMDICT tag (e.g. {@code s}, {@code st}, {@code pr}) to type, or {@code null} if unknown. */
    public static NameType ofTag(String tag) {
        return switch (tag) {
            case "s" -> SURNAME;
            case "g", "m", "f" -> GIVEN;
            case "h" -> PERSON;
            case "p" -> PLACE;
            case "st" -> STATION;
            case "o" -> ORGANIZATION;
            case "c" -> COMPANY;
            case "pr" -> PRODUCT;
            case "wk" -> WORK;
            case "u", "dei", "ev", "obj", "serv", "group", "char", "fict", "leg", "myth", "creat", "oth" -> OTHER;
            default -> null;
        };
    }

    public static Set<NameType> fromMask(int mask) {
        EnumSet<NameType> s = EnumSet.noneOf(NameType.class);
        for (NameType t : values()) {
            if ((mask & t.bit()) != 0) s.add(t);
        }
        return s;
    }

    public static String codes(int mask) {
        StringBuilder sb = new StringBuilder();
        for (NameType t : values()) {
            if ((mask & t.bit()) != 0) sb.append(t.code);
        }
        return sb.toString();
    }

    public static int maskOfCodes(String codes) {
        return maskOfCodes(codes, 0, codes.length());
    }

    /** Type codes in {@code s[from, to)} as a bit set, without a substring. */
    static int maskOfCodes(String s, int from, int to) {
        int m = 0;
        for (int i = from; i < to; i++) m |= ofCode(s.charAt(i)).bit();
        return m;
    }
}
