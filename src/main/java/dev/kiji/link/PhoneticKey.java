package dev.kiji.link;

import java.util.Locale;

/**
 * Cross-script sound key of a foreign (non-Japanese) name, so that the Hepburn romanization of its
 * katakana ({@code ダニエル → danieru}, {@code ネクサス → nekusasu}) and its English spelling
 * ({@code Daniel}, {@code Nexus}) meet. Both are reduced to a skeleton of consonant classes with
 * every vowel run written {@code a}:
 * <ul>
 *   <li>romaji side ({@link #ofRomaji}): the vowels katakana adds to write a consonant cluster or a
 *       final consonant are dropped ({@code u} after a consonant, {@code o} after {@code t/d},
 *       {@code i} after {@code ch/j} at the end, when no vowel follows: {@code nekusasu → neksas}), except after a
 *       word's first consonant where the two consonants could not open an English word ({@code rushia → rushia},
 *       Lucia, but {@code kurisu → kris});</li>
 *   <li>English side ({@link #ofLatin}): spelling folded to sound ({@code ph → f}, {@code th → s},
 *       {@code ck → k}, {@code c → s} before {@code e/i/y} else {@code k}, {@code q → k}, {@code x → ks},
 *       {@code sch → sh}, {@code dj → j}, a final Serbo-Croatian {@code -vic → vich}, {@code dt → t} (Brandt ブラント, Schmidt シュミット), {@code dz → z} (Georgian {@code -dze} ゼ), {@code -tion → shon}, {@code -tech → tek}, {@code h} after a vowel dropped, silent letters dropped (initial {@code kn, wr, ps, pn, gn},
 *       final {@code mb, mn}, a final {@code gn}'s {@code g}), Italian {@code gn} before a final vowel read {@code ny}
 *       and {@code gli} read {@code li}, silent {@code gh} (but g inside a word before a vowel: Raghavan) and the silent {@code e} of
 *       {@code -Ves} ({@code James}, {@code Games}) dropped, and an {@code o} after {@code t/d} before a consonant
 *       dropped as on the romaji side);</li>
 *   <li>both: {@code tch = ch}, {@code v = b}, {@code l = r}, {@code f = h}, {@code z = s}, {@code sh = s}, {@code ts = t},
 *       {@code j = g} (English spelling does not say whether a g is soft: Logitech ロジテック, Gibson ギブソン),
 *       {@code m = n} before {@code b/p}, {@code ng = n} before a consonant, {@code w} and {@code y} count as vowels, an {@code r} that is
 *       not followed by a vowel is dropped (katakana writes English {@code -er} with a long-vowel mark:
 *       {@code Okafor → オカフォー}), doubled consonants and long vowels collapse, a final vowel is dropped.</li>
 * </ul>
 * So {@code ミカエル・ヴィルタネン} and {@code Mikael Virtanen} both key {@code nakak_bataname} (parts
 * are sorted by the caller). The key drops vowel quality, so distinct Japanese names collide
 * ({@code Sato = Saito}): {@link ForeignName} decides when it may be used.
 */
final class PhoneticKey {
    private static final java.util.regex.Pattern NG = java.util.regex.Pattern.compile("ng(?![aeiouy])");
    private static final java.util.regex.Pattern FINAL_OVA = java.util.regex.Pattern.compile("([oe])va$");
    private static final java.util.regex.Pattern SILENT_FINAL_E = java.util.regex.Pattern.compile("(?<=[aeiouy][b-df-hj-np-tv-z])e$");
    /** French {@code -vre} and {@code -ierre}: the e is silent, katakana writes ヴル, ブル, ル (Lefebvre ルフェーブル, Pierre ピエール; Spanish {@code cobre} コブレ sounds it). */
    private static final java.util.regex.Pattern FINAL_CONSONANT_RE = java.util.regex.Pattern.compile("(?<=vr|ierr)e$");
    private static final java.util.regex.Pattern FINAL_GUE = java.util.regex.Pattern.compile("(?<=[aeiou])gue$");
    private static final java.util.regex.Pattern SILENT_GH = java.util.regex.Pattern.compile("(?<!n)gh");
    /** A {@code gh} inside a word before a vowel is sounded g: Raghavan ラガバン, Meghan メーガン, Afghan アフガン; not after u (Vaughan ヴォーン). */
    private static final java.util.regex.Pattern SOUNDED_GH = java.util.regex.Pattern.compile("(?<=[a-z])(?<![nu])gh(?=[aeiou])");
    private static final java.util.regex.Pattern SILENT_E = java.util.regex.Pattern.compile("(?<=[aeiouy][b-df-hj-np-qtv-z])es$");
    private static final java.util.regex.Pattern TURE = java.util.regex.Pattern.compile("ture(?=s?$)");
    private static final java.util.regex.Pattern FINAL_CE = java.util.regex.Pattern.compile("ce$");
    /** A final {@code ge} (and French {@code ges}) after a vowel, r or n sounds {@code j}: Page ペイジ, Georges ジョルジュ. */
    private static final java.util.regex.Pattern FINAL_GE = java.util.regex.Pattern.compile("(?<=[aeiouyrn])ges?$");
    /** Greek {@code ch} before r or l opening a word sounds k: Christie クリスティー, Chloe クロエ. */
    private static final java.util.regex.Pattern GREEK_CH = java.util.regex.Pattern.compile("^ch(?=[rl])");
    /** A final z after l, n or r sounds ts (German): Schulz シュルツ, Franz フランツ, Heinz ハインツ (Lopez keeps s). */
    private static final java.util.regex.Pattern GERMAN_Z = java.util.regex.Pattern.compile("(?<=[lnr])z$");
    /** French gn before on or a final e sounds ny: Gagnon ガニョン, Avignon アヴィニョン, Champagne シャンパーニュ. */
    private static final java.util.regex.Pattern GN_FRENCH = java.util.regex.Pattern.compile("(?<=[aeiou])gn(?=on|e$)");
    private static final java.util.regex.Pattern FINAL_V = java.util.regex.Pattern.compile("v$");
    /** Letters English does not sound at the start of a word: Knox ノックス, Wright ライト, Psalm サーム, Gnome ノーム. */
    /** An opening th said t: Thomas トーマス, Thompson トンプソン, Thames テムズ, Thai タイ (not Theodore セオドア). */
    private static final java.util.regex.Pattern TH_AS_T = java.util.regex.Pattern.compile("^th(?=om|ames|ai)");
    private static final java.util.regex.Pattern SILENT_INITIAL = java.util.regex.Pattern.compile("^(?:k(?=n)|w(?=r)|p(?=[sn])|g(?=n))");
    /** A final b after m and n after m: Lamb ラム, Column コラム. */
    private static final java.util.regex.Pattern SILENT_FINAL_AFTER_M = java.util.regex.Pattern.compile("(?<=m)[bn]$");
    /**
     * Italian gn before a final vowel after two syllables, sounded ny: Bologna ボローニャ, Cortegno コルテーニョ
     * (but Magna マグナ, Signa).
     */
    private static final java.util.regex.Pattern GN_FINAL = java.util.regex.Pattern.compile("(?<=[aeiou][^aeiou]{1,3}[aeiou])gn(?=[aeiou]$)");
    /** Italian gli before a vowel, sounded li: Puglia プーリア, Modigliani モディリアーニ. */
    private static final java.util.regex.Pattern GLI = java.util.regex.Pattern.compile("(?<=[aeiou])gl(?=i[aeiou])");
    /** A final gn whose g English does not sound: Design デザイン, Campaign キャンペーン. */
    private static final java.util.regex.Pattern GN_END = java.util.regex.Pattern.compile("(?<=[aeiou])gn$");
    /** {@code -tion} and a {@code -sion} after a consonant sound {@code shon}: Station ステーション, Mission ミッション. */
    private static final java.util.regex.Pattern SHON = java.util.regex.Pattern.compile("(?:t|(?<![aeiou])s)ion");
    /** A {@code -sion} after a vowel sounds {@code jon}: Vision ビジョン, Fusion フュージョン. */
    private static final java.util.regex.Pattern JON = java.util.regex.Pattern.compile("(?<=[aeiou])sion");
    /**
     * A word ending in {@code tech} sounds {@code tek}: Logitech ロジテック, Biotech バイオテック; the silent e of a word
     * compounded before it goes too: Drivetech ドライブテック.
     */
    private static final java.util.regex.Pattern TECH = java.util.regex.Pattern.compile(
            "(?:(?<=[aeiou][b-df-hj-np-tv-z])e)?tech(?=s?$)");
    /** A final {@code -vic} after a vowel is Serbo-Croatian {@code -vić} without its accent, sounded vich: Djokovic ジョコビッチ. */
    private static final java.util.regex.Pattern SLAVIC_VIC = java.util.regex.Pattern.compile("(?<=[aeiou])vic$");

    private PhoneticKey() {
    }

    /**
     * True when a romanization of katakana ({@link Hepburn} output) looks like a foreign word rather than a Japanese one: it has a syllable only
     * loanwords use ({@code va, fi, ti, du, she, wi}) or a vowel katakana adds after a consonant
     * ({@code nekusasu}, {@code sumisu}).
     */
    static boolean looksForeign(String romaji) {
        String s = letters(romaji);
        if (!ForeignName.isHepburn(s)) {
            return true;
        }
        for (int i = 1; i < s.length(); i++) {
            if (isVowel(s.charAt(i)) && beforeConsonantOrEnd(s, i + 1) && epenthetic(s, i, s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Key of a Hepburn romanization (lower case letters), as {@link Hepburn#romanize} writes katakana. */
    static String ofRomaji(String romaji) {
        return skeleton(romajiSounds(romaji));
    }

    /** A romanization of katakana without the vowels katakana adds to consonants: the first step of {@link #ofRomaji}. */
    static String romajiSounds(String romaji) {
        String s = letters(romaji);
        StringBuilder b = new StringBuilder(s.length());
        int nucleus = -1;  // where to give back a dropped vowel before the word's end, in b's positions
        char nucleusVowel = 0;
        boolean afterR = false;
        boolean vowel = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isVowel(c) && beforeConsonantOrEnd(s, i + 1) && i > 0 && epenthetic(s, i, c)) {
                if (i < s.length() - 1 && !afterR) {
                    nucleus = b.length();
                    nucleusVowel = c;
                    afterR = s.charAt(i - 1) == 'r';
                }
                continue;
            }
            vowel |= isVowel(c);
            b.append(c);
        }
        if (!vowel && nucleus > 0) {  // クルス kurusu: not krs, a word needs a vowel: the one after r (Cruz, Brooks), else the last inner one
            b.insert(nucleus, nucleusVowel);
        }
        return b.toString();
    }

    /** Key of a name as spelt in English (or another Latin-script language). */
    static String ofLatin(String spelling) {
        return skeleton(latinSounds(spelling));
    }

    /**
     * Key of a name written as several words, each keyed apart up to the skeleton, which is taken of the whole:
     * {@code [game, show]} and the romaji {@code [gemushou]} agree although only the English word {@code game}
     * ends in a silent {@code e}. {@code latin[i]} says which words are English spellings, the others are romaji.
     */
    static String ofWords(java.util.List<String> words, boolean[] latin) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            b.append(latin[i] ? latinSounds(words.get(i)) : romajiSounds(words.get(i)));
        }
        return skeleton(b.toString());
    }

    /** An English spelling folded to sounds: the first step of {@link #ofLatin}; a word's silent final e is dropped. */
    static String latinSounds(String spelling) {
        String s = FINAL_V.matcher(letters(spelling)).replaceAll("f");  // Ivanov イワノフ, but Stove ストーブ
        s = SLAVIC_VIC.matcher(s).replaceAll("vich").replace("dj", "j");  // Djokovic ジョコビッチ, Djibouti ジブチ
        s = TH_AS_T.matcher(SILENT_INITIAL.matcher(s).replaceAll("")).replaceAll("t");
        s = SILENT_FINAL_AFTER_M.matcher(s).replaceAll("");
        s = GERMAN_Z.matcher(GREEK_CH.matcher(s).replaceAll("k")).replaceAll("ts");
        s = GN_FRENCH.matcher(s).replaceAll("ny");
        s = GN_END.matcher(GLI.matcher(GN_FINAL.matcher(s).replaceAll("ny")).replaceAll("l")).replaceAll("n");
        s = FINAL_GE.matcher(FINAL_CE.matcher(s).replaceAll("s")).replaceAll("j");  // Grace グレース, Page ペイジ
        s = TURE.matcher(s).replaceAll("chur");  // Nature ネイチャー, Future フューチャー
        s = TECH.matcher(JON.matcher(SHON.matcher(s).replaceAll("shon")).replaceAll("jon")).replaceAll("tek");
        s = SILENT_FINAL_E.matcher(FINAL_GUE.matcher(s).replaceAll("g")).replaceAll("");
        s = FINAL_CONSONANT_RE.matcher(s).replaceAll("");
        s = s.replace("sch", "sh").replace("ph", "f").replace("th", "s").replace("ck", "k")
                .replace("wh", "w").replace("kh", "k").replace("dg", "j").replace("dt", "t").replace("tz", "ts").replace("dz", "z").replace("q", "k")
                .replace("x", "ks");
        s = FINAL_OVA.matcher(s).replaceAll("$1wa");  // Petrova → ペトロワ
        s = SILENT_GH.matcher(SOUNDED_GH.matcher(s).replaceAll("g")).replaceAll("");  // Hugh, Knight; not Jong-hyun
        s = withoutOAfterTD(SILENT_E.matcher(s).replaceAll("s"));
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            if (c == 'c' && next != 'h') {
                b.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
            } else if (c == 'h' && i > 0 && isVowel(s.charAt(i - 1)) && !isVowel(next)) {
                continue;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * An {@code o} after {@code t/d} before a consonant is dropped from a Latin spelling as from romaji: katakana
     * writes both a real {@code o} ({@code Donald ドナルド}, {@code Antonio アントニオ}) and the vowel it adds to
     * a final or clustered {@code t/d} ({@code Albert アルバート}) with ト/ド, so neither side can tell them apart.
     */
    private static String withoutOAfterTD(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'o' && i > 0 && (s.charAt(i - 1) == 't' || s.charAt(i - 1) == 'd') && i + 1 < s.length()
                    && beforeConsonantOrEnd(s, i + 1) && epenthetic(s, i, c)) {
                continue;
            }
            b.append(c);
        }
        return b.chars().anyMatch(c -> isVowel((char) c)) ? b.toString() : s;  // Stove: stov as ストーブ keeps its o
    }

    /** True at the end or before a consonant that opens a syllable (not a moraic {@code n}). */
    private static boolean beforeConsonantOrEnd(String s, int j) {
        if (j >= s.length()) {
            return true;
        }
        char c = s.charAt(j);
        if (isVowel(c)) {
            return false;
        }
        if (c == 'y' || c == 'w' && s.charAt(j - 1) != 'u') {
            return false;  // a glide opens the next syllable: toyota, not t-yota (but guwe = gwe)
        }
        return c != 'n' || j + 1 < s.length() && (isVowel(s.charAt(j + 1)) || s.charAt(j + 1) == 'y');
    }

    /** A vowel romaji adds after a consonant: {@code u} after most, {@code o} after {@code t/d}, {@code i} after {@code ch/j}. */
    private static boolean epenthetic(String s, int i, char c) {
        char prev = s.charAt(i - 1);
        if (isVowel(prev) || prev == 'n' && (i < 2 || isVowel(s.charAt(i - 2)))) {
            return false;  // a real vowel, or ン + vowel
        }
        if (i == 1 && !englishOnset(prev, i + 1 < s.length() ? s.charAt(i + 1) : ' ')) {
            return false;  // ルシア Lucia, ルディケ Ludeke: no English word opens with rs or rd (but クリス kris, スミス smis)
        }
        return switch (c) {
            // shu, chu, ju, yu are real syllables, but a word's final ジュ and シュ write French -ge and English -sh
            // (Georges ジョルジュ, Marsh マーシュ)
            case 'u' -> prev != 'y' && prev != 'h' && prev != 'j'
                    || i == s.length() - 1 && (prev == 'j' || prev == 'h' && i >= 2 && s.charAt(i - 2) == 's')
                    || i == 2 && prev == 'h' && s.charAt(0) == 's' && i + 1 < s.length() && "mn".indexOf(s.charAt(i + 1)) >= 0;
                    // a word's first シュ before m or n writes German schm-, schn-: Schmidt シュミット (Schulz シュルツ has its u)
            case 'o' -> prev == 't' || prev == 'd';
            case 'i' -> i == s.length() - 1 && (prev == 'j' || prev == 'h' && i >= 2 && s.charAt(i - 2) == 'c');
            default -> false;
        };
    }

    /**
     * True when a word may open with the consonants {@code first second}: a stop or f before a liquid or w
     * ({@code kr, pl, tw, fr}), s before a stop, nasal, liquid or w ({@code sm, st, sl}); a katakana vowel between
     * any other two (ル + シ, ム + ラ) is a real one, since dropping it would leave a cluster no word begins with.
     */
    private static boolean englishOnset(char first, char second) {
        if ("pbtdkgf".indexOf(first) >= 0) {
            return "rlw".indexOf(second) >= 0;
        }
        return first == 's' && "ptkmnlrw".indexOf(second) >= 0;
    }

    private static String skeleton(String s) {
        String t = NG.matcher(s).replaceAll("n").replace("sh", "s").replace("ts", "t").replace("ch", "c")
                .replace("tc", "c");  // katakana's ッチ writes ch as tch: ビッチ -vich, but Fletcher フレッチャー spells it
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
            char k = switch (c) {
                case 'v' -> 'b';
                case 'l' -> 'r';
                case 'f' -> 'h';
                case 'z' -> 's';
                case 'm' -> next == 'b' || next == 'p' ? 'n' : 'm';
                case 'j' -> 'g';
                case 'y', 'w' -> 'a';
                default -> isVowel(c) ? 'a' : c;
            };
            if (k == 'r' && !isVowel(next) && next != 'y' && next != 'w') {
                continue;
            }
            if (b.length() == 0 || b.charAt(b.length() - 1) != k) {
                b.append(k);
            }
        }
        if (b.length() > 1 && isVowel(b.charAt(b.length() - 1))) {
            b.setLength(b.length() - 1);
        }
        if (b.length() > 1 && b.charAt(b.length() - 1) == 'd') {
            b.setCharAt(b.length() - 1, 't');  // German final d sounds t: Siebold シーボルト, Bernhard ベルンハルト
        } else if (b.length() > 2 && (t.endsWith("rg") || t.endsWith("lg"))) {
            b.setCharAt(b.length() - 1, 'k');  // and a final g after r or l k: Heidelberg ハイデルベルク, Kronberg クロンベルク
        }
        return b.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
