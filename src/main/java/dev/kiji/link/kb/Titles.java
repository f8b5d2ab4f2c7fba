package dev.kiji.link.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the name inside a person mention by removing titles and honorifics: Japanese suffixes
 * ({@code 氏, 大統領, 首相, 外相 …}, optionally preceded by a country abbreviation such as
 * {@code 米} and a modifier such as {@code 前}) and English prefixes ({@code President,
 * Secretary of State, Mr. …}, optionally preceded by qualifiers such as {@code U.S.} or
 * {@code former}). The mention span itself is never changed; callers get the sub-range.
 */
public final class Titles {
    private static final List<String> JA_TITLES = byLengthDesc(Stream.of(
            "氏", "さん", "様", "さま", "君", "くん", "ちゃん", "殿", "大統領", "副大統領", "首相", "副首相", "総理",
            "総理大臣", "外相", "外務大臣", "国務長官", "長官", "官房長官", "国防長官", "財務長官", "財務相", "財務大臣",
            "防衛相", "防衛大臣", "国防相", "経産相", "経済産業相", "厚労相", "文科相", "法相", "農相", "蔵相", "国務相",
            "担当相", "大臣", "議長", "副議長", "総裁", "副総裁", "総長", "事務総長", "事務局長", "知事", "市長", "区長",
            "町長", "村長", "社長", "副社長", "会長", "副会長", "頭取", "代表", "取締役", "代表取締役", "執行役員", "専務", "常務", "幹事長", "委員長", "大使", "国王", "女王",
            "王妃", "皇太子", "天皇", "皇后", "上皇", "上皇后", "皇太后", "陛下", "殿下", "王子", "王女", "法王", "教皇", "国家主席", "主席", "首席", "書記長", "総書記", "議員", "上院議員", "下院議員", "教授",
            "准教授", "特別教授", "名誉教授", "特任教授", "客員教授", "先生", "博士", "医師", "弁護士", "記者", "選手", "監督", "コーチ", "ヘッドコーチ", "親方", "投手", "捕手", "内野手", "外野手",
            "研究員", "主任研究員", "上席研究員", "主席研究員", "特任研究員", "調査研究員", "主任調査研究員", "調査員", "主任調査員", "学芸員", "主任学芸員", "学芸研究士", "研究士",
            "館長", "副館長", "技師", "所長", "院長", "学長", "校長", "理事長",
            "局長", "事務局次長", "政策局長", "編集局長", "部長", "課長", "室長", "支局長", "支店長", "本部長",
            "プロデューサー", "ディレクター", "アナウンサー",
            "名人", "本因坊", "棋聖", "天元", "碁聖", "十段", "竜王", "王将", "王位", "叡王", "王座", "棋王",
            "初段", "二段", "三段", "四段", "五段", "六段", "七段", "八段", "九段",
            "容疑者", "被告", "被告人", "受刑者", "被害者", "容疑", "CEO", "最高経営責任者", "報道官", "司令官", "将軍",
            "師", "ら", "両氏", "夫妻", "政治局員", "政治局常務委員", "共産党政治局員", "共産党政治局常務委員").toList());
    private static final List<String> JA_COUNTRIES = byLengthDesc(Stream.of(
            "米国", "アメリカ", "ロシア", "ウクライナ", "中国", "韓国", "北朝鮮", "英国", "イギリス", "フランス", "ドイツ",
            "イスラエル", "国連", "米", "露", "英", "中", "韓", "朝", "仏", "独", "伊", "加", "豪", "印", "日",
            "イラン", "台湾").toList());
    private static final List<String> JA_MODIFIERS = List.of("次期", "前", "元", "現", "新", "故");
    private static final List<String> EN_TITLES = byLengthDesc(Stream.of(
            "President", "Vice President", "Prime Minister", "PM", "Premier", "Foreign Minister", "Defense Minister",
            "Defence Minister", "Finance Minister", "Minister", "Secretary of State", "Secretary-General",
            "Secretary General", "Secretary", "Chancellor", "Chairman", "Chairwoman", "Chair", "CEO",
            "Chief Executive", "Governor", "Gov.", "Senator", "Sen.", "Rep.", "Representative", "Mr.", "Mr", "Ms.",
            "Ms", "Mrs.", "Mrs", "Dr.", "Dr", "Prof.", "Professor", "Mayor", "King", "Queen", "Pope", "Emperor", "Empress", "Crown Prince",
            "Crown Princess", "Prince", "Princess", "General", "Lieutenant General", "Major General", "Commodore", "Admiral",
            "Rear Admiral", "Vice Admiral", "Adm.", "Commander", "Cmdr.", "Captain", "Capt.", "Colonel", "Col.", "Lieutenant",
            "Lt.", "Sergeant", "Sgt.", "Marshal", "Field Marshal",
            "Gen.", "Coach", "Stablemaster", "stablemaster", "Judge", "Justice", "Ambassador", "Spokesman", "Spokeswoman", "Sir", "Dame", "Lord",
            "Chief Cabinet Secretary", "Speaker", "Leader", "Supreme Leader").toList());
    private static final List<String> EN_QUALIFIERS = byLengthDesc(Stream.of(
            "the", "The", "former", "Former", "then", "late", "acting", "Acting", "Deputy", "incoming", "outgoing",
            "U.S.", "US", "American", "Russian", "Ukrainian", "Japanese", "Chinese", "French", "German", "British",
            "UK", "South Korean", "North Korean", "Korean", "Israeli", "Indian", "Iranian", "Italian", "Canadian",
            "Australian", "Turkish", "Brazilian", "Taiwanese", "U.N.", "UN", "NATO", "EU", "Fed", "BOJ",
            "Democratic", "Republican", "Japan's", "China's", "Russia's").toList());

    /**
     * Katakana readings of the kanji titles Kuromoji's dictionary joins to a name in one token ({@code 聖武天皇},
     * {@code 光明皇后}), so that the name can be read without its title.
     */
    private static final java.util.Map<String, String> READINGS = java.util.Map.ofEntries(
            java.util.Map.entry("天皇", "テンノウ"), java.util.Map.entry("皇后", "コウゴウ"),
            java.util.Map.entry("上皇", "ジョウコウ"), java.util.Map.entry("皇太后", "コウタイゴウ"),
            java.util.Map.entry("皇太子", "コウタイシ"), java.util.Map.entry("法王", "ホウオウ"),
            java.util.Map.entry("将軍", "ショウグン"),
            java.util.Map.entry("首相", "シュショウ"), java.util.Map.entry("大統領", "ダイトウリョウ"));

    private Titles() {
    }

    /** The katakana reading of a kanji title ({@code 天皇 → テンノウ}), or {@code null} when not listed. */
    public static String reading(String title) {
        return READINGS.get(title);
    }

    /** Range {@code [from, to)} of the bare name inside a mention text, and the titles removed. */
    public record Stripped(int from, int to, List<String> titles) {
        public String name(String text) {
            return text.substring(from, to);
        }
    }

    /** Removes titles from a person mention; an all-title mention is kept whole. */
    public static Stripped person(String text) {
        int from = 0;
        int to = trimEnd(text, text.length());
        List<String> removed = new ArrayList<>();
        to = stripJapaneseSuffixes(text, from, to, removed);
        from = stripEnglishPrefixes(text, from, to, removed);
        if (from >= to) {
            return new Stripped(0, text.length(), List.of());
        }
        return new Stripped(from, to, List.copyOf(removed));
    }

    /** Plural and particle-like suffixes that say nothing about who the person is when read from running text. */
    private static final List<String> NOT_CONTEXT_TITLES = List.of("ら", "両氏", "夫妻");
    /**
     * Words after a leader's name that are no part of a person mention but say who leads: {@code トランプ米政権}
     * (the Trump administration), {@code 習近平指導部}, {@code 岸田陣営}.
     */
    private static final List<String> LEADER_WORDS = List.of("政権", "指導部", "陣営");

    /**
     * Japanese titles written right after a mention in running text, as in {@code バイデン米大統領} when the
     * mention is only {@code バイデン}: an optional country abbreviation or name and modifier, then a title or a
     * leader's word ({@code [大統領, 米]}, {@code トランプ米政権 → [政権, 米]}); empty when none follows. The caller uses
     * them as linking context only.
     */
    public static List<String> following(String text, int at) {
        Matcher en = EN_LEADER.matcher(text).region(at, text.length());
        if (en.lookingAt()) {
            return List.of(en.group(1).toLowerCase(Locale.ROOT));
        }
        int pos = at;
        String country = startsWithAny(text, pos, JA_COUNTRIES);
        if (country != null) {
            pos += country.length();
        }
        String mod = startsWithAny(text, pos, JA_MODIFIERS);
        if (mod != null) {
            pos += mod.length();
        }
        String title = startsWithAny(text, pos, JA_TITLES);
        title = title != null ? title : startsWithAny(text, pos, LEADER_WORDS);
        if (title == null || NOT_CONTEXT_TITLES.contains(title)) {
            return List.of();
        }
        return country == null ? List.of(title) : List.of(title, country);
    }

    /** English words after a leader's surname that say the name is a leader's: the Trump administration, the Meloni government. */
    private static final List<String> EN_LEADER_WORDS = List.of("administration", "government", "cabinet");
    private static final Pattern EN_LEADER = Pattern.compile("(?:'s)? (" + String.join("|", EN_LEADER_WORDS) + ")\\b");

    /** Whether {@code word} names what a leader heads, in either language ({@code 政権}, {@code administration}). */
    public static boolean isLeaderWord(String word) {
        return LEADER_WORDS.contains(word) || EN_LEADER_WORDS.contains(word);
    }

    /** The words that name what a leader heads ({@code 政権}, {@code 指導部}, {@code 陣営}). */
    public static List<String> leaderWords() {
        return LEADER_WORDS;
    }

    private static String startsWithAny(String text, int pos, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, pos)) {
                return w;
            }
        }
        return null;
    }

    private static final Pattern EDITION = Pattern.compile(
            "(?:第[0-9０-９]+[回期]|(?:the\\s+)?[0-9]+(?:st|nd|rd|th)\\s+)", Pattern.CASE_INSENSITIVE);  // 期: a title match's term

    /** A year before or after a name: {@code 2026}, {@code 2026年}, {@code 2026 }. */
    private static final Pattern LEADING_YEAR = Pattern.compile("(?:19|20)[0-9]{2}年?\\s*");
    private static final Pattern TRAILING_YEAR = Pattern.compile("\\s*(?:19|20)[0-9]{2}年?$");
    /**
     * Last words of recurring events, named with a year per edition ({@code Tokyo Game Show 2026},
     * {@code 2025 Japan Open}); one-off events (an earthquake, a summit, an election) keep their year.
     */
    private static final Pattern SERIES = Pattern.compile("(?i)(?:show|festival|fest|cup|championships?|tournament"
            + "|marathon|open|grand prix|awards?|fair|ショウ|ショー|祭|祭り|まつり|杯|選手権|大会|映画祭|マラソン|グランプリ"
            + "|オープン|フェス|フェスティバル|賞)$");

    /**
     * Event names also lose a leading edition ordinal, so that an edition links to its series:
     * {@code 第37回東京国際映画祭}, {@code 37th Tokyo International Film Festival}, {@code 第71期名人戦} (a title match's
     * term); a recurring event
     * ({@link #SERIES}) also loses the year of the edition ({@code 東京ゲームショウ2026}).
     */
    public static Stripped event(String text) {
        int to = trimEnd(text, text.length());
        Matcher m = EDITION.matcher(text);
        int from = m.lookingAt() && m.end() < to ? m.end() : 0;
        Matcher year = TRAILING_YEAR.matcher(text.substring(from, to));
        if (year.find() && year.start() > 0 && SERIES.matcher(text.substring(from, from + year.start())).find()) {
            to = from + year.start();
        }
        Matcher lead = LEADING_YEAR.matcher(text).region(from, to);
        if (lead.lookingAt() && lead.end() < to && SERIES.matcher(text.substring(lead.end(), to)).find()) {
            from = lead.end();
        }
        return new Stripped(from, to, List.of());
    }

    /** Whether the name ends in a word of a recurring event's name ({@code Cup}, {@code 映画祭}): {@link #SERIES}. */
    public static boolean namesSeries(String name) {
        return SERIES.matcher(name.strip()).find();
    }

    /** Whether the name opens with a Japanese edition ({@code 第37回}, {@code 第71期}), which only an edition has. */
    public static boolean isKanjiEdition(String name) {
        return KANJI_EDITION.matcher(name).lookingAt();
    }

    private static final Pattern KANJI_EDITION = Pattern.compile("第[0-9０-９]+[回期]");

    /** Only a trailing possessive and whitespace are removed from non-person mentions. */
    public static Stripped other(String text) {
        int to = trimEnd(text, text.length());
        Matcher m = AMENDED.matcher(text);
        int from = m.lookingAt() && m.end() < to ? m.end() : 0;  // 改正河川法, amended River Act: the law itself
        return new Stripped(from, to, List.of());
    }

    private static final Pattern AMENDED = Pattern.compile("(?:改正|(?i:amended|revised)\\s+)");

    private static int trimEnd(String text, int to) {
        while (to > 0 && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > 2 && (text.startsWith("'s", to - 2) || text.startsWith("’s", to - 2))) {
            to -= 2;
        }
        return to;
    }

    private static int stripJapaneseSuffixes(String text, int from, int to, List<String> removed) {
        boolean changed = true;
        while (changed) {
            changed = false;
            if (to - from > 1 && text.charAt(to - 1) == '兼') {
                to--;  // 政治局員兼外相: the title before 兼 goes too
            }
            String title = endsWithAny(text, from, to, JA_TITLES);
            if (title == null) {
                break;
            }
            to -= title.length();
            removed.add(title);
            changed = true;
            String country = endsWithAny(text, from, to, JA_COUNTRIES);
            if (country != null && (country.length() > 1 || afterKatakanaOrLatin(text, from, to - 1))) {
                to -= country.length();
                removed.add(country);
            }
            String mod = endsWithAny(text, from, to, JA_MODIFIERS);
            if (mod != null) {
                to -= mod.length();
            }
            to = trimSeparators(text, from, to);
        }
        return to;
    }

    private static int trimSeparators(String text, int from, int to) {
        while (to > from && NameKey.isSeparator(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static boolean afterKatakanaOrLatin(String text, int from, int at) {
        if (at - 1 < from) {
            return false;
        }
        char c = text.charAt(at - 1);
        return (c >= '゠' && c <= 'ヿ') || Character.isLetter(c) && c < 0x250;
    }

    /** Last characters of the Japanese titles, countries and modifiers: most names end in none, and are done at once. */
    private static final java.util.BitSet JA_LAST_CHARS = new java.util.BitSet(1 << 16);

    static {
        Stream.of(JA_TITLES, JA_COUNTRIES, JA_MODIFIERS).flatMap(List::stream)
                .forEach(w -> JA_LAST_CHARS.set(w.charAt(w.length() - 1)));
    }

    private static String endsWithAny(String text, int from, int to, List<String> words) {
        if (to <= from || !JA_LAST_CHARS.get(text.charAt(to - 1))) {
            return null;
        }
        for (String w : words) {
            if (to - from > w.length() && text.startsWith(w, to - w.length())) {
                return w;
            }
        }
        return null;
    }

    private static int stripEnglishPrefixes(String text, int from, int to, List<String> removed) {
        int pos = from;
        int afterLastTitle = from;
        while (pos < to) {
            String w = startsWithWord(text, pos, to, EN_TITLES);
            if (w != null) {
                removed.add(w.replace(".", "").toLowerCase(Locale.ROOT));
                pos = skipSpaces(text, pos + w.length(), to);
                afterLastTitle = pos;
                continue;
            }
            w = startsWithWord(text, pos, to, EN_QUALIFIERS);
            if (w == null) {
                break;
            }
            pos = skipSpaces(text, pos + w.length(), to);
        }
        return afterLastTitle < to ? afterLastTitle : from;
    }

    private static String startsWithWord(String text, int pos, int to, List<String> words) {
        for (String w : words) {
            int end = pos + w.length();
            if (end < to && text.startsWith(w, pos) && Character.isWhitespace(text.charAt(end))) {
                return w;
            }
        }
        return null;
    }

    private static int skipSpaces(String text, int pos, int to) {
        while (pos < to && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static List<String> byLengthDesc(List<String> words) {
        return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
