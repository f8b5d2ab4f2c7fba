package dev.kiji.link;

import java.util.HashMap;
import java.util.Map;

/**
 * Modified Hepburn romanization of kana (hiragana is folded to katakana): {@code ササキ → sasaki},
 * {@code ブリンケン → burinken}. Long-vowel marks are dropped, small tsu doubles the next consonant,
 * foreign-sound digraphs ({@code ファ, ティ, ヴァ …}) are handled. Non-kana characters make the
 * result {@code null}: the caller then has no romanization.
 */
public final class Hepburn {
    private static final Map<String, String> TABLE = new HashMap<>();

    static {
        String[] base = {
            "ア a", "イ i", "ウ u", "エ e", "オ o", "カ ka", "キ ki", "ク ku", "ケ ke", "コ ko", "サ sa", "シ shi",
            "ス su", "セ se", "ソ so", "タ ta", "チ chi", "ツ tsu", "テ te", "ト to", "ナ na", "ニ ni", "ヌ nu", "ネ ne",
            "ノ no", "ハ ha", "ヒ hi", "フ fu", "ヘ he", "ホ ho", "マ ma", "ミ mi", "ム mu", "メ me", "モ mo", "ヤ ya",
            "ユ yu", "ヨ yo", "ラ ra", "リ ri", "ル ru", "レ re", "ロ ro", "ワ wa", "ヰ i", "ヱ e", "ヲ o", "ン n",
            "ガ ga", "ギ gi", "グ gu", "ゲ ge", "ゴ go", "ザ za", "ジ ji", "ズ zu", "ゼ ze", "ゾ zo", "ダ da", "ヂ ji",
            "ヅ zu", "デ de", "ド do", "バ ba", "ビ bi", "ブ bu", "ベ be", "ボ bo", "パ pa", "ピ pi", "プ pu", "ペ pe",
            "ポ po", "ヴ vu", "ァ a", "ィ i", "ゥ u", "ェ e", "ォ o", "ャ ya", "ュ yu", "ョ yo", "ヮ wa",
            "キャ kya", "キュ kyu", "キョ kyo", "シャ sha", "シュ shu", "ショ sho", "チャ cha", "チュ chu", "チョ cho",
            "ニャ nya", "ニュ nyu", "ニョ nyo", "ヒャ hya", "ヒュ hyu", "ヒョ hyo", "ミャ mya", "ミュ myu", "ミョ myo",
            "リャ rya", "リュ ryu", "リョ ryo", "ギャ gya", "ギュ gyu", "ギョ gyo", "ジャ ja", "ジュ ju", "ジョ jo",
            "ビャ bya", "ビュ byu", "ビョ byo", "ピャ pya", "ピュ pyu", "ピョ pyo", "ヂャ ja", "ヂュ ju", "ヂョ jo",
            "ファ fa", "フィ fi", "フェ fe", "フォ fo", "フュ fyu", "ティ ti", "ディ di", "トゥ tu", "ドゥ du", "テュ tyu",
            "デュ dyu", "ウィ wi", "ウェ we", "ウォ wo", "ヴァ va", "ヴィ vi", "ヴェ ve", "ヴォ vo", "シェ she", "ジェ je",
            "チェ che", "ツァ tsa", "ツィ tsi", "ツェ tse", "ツォ tso", "イェ ye", "クァ kwa", "クィ kwi", "クェ kwe", "クォ kwo", "グァ gwa", "グォ gwo", "スィ si",
            "ズィ zi"};
        for (String s : base) {
            int sp = s.indexOf(' ');
            TABLE.put(s.substring(0, sp), s.substring(sp + 1));
        }
    }

    private Hepburn() {
    }

    /** True when every character is kana, a long-vowel mark or a name separator. */
    public static boolean isKana(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean kana = (c >= 'ぁ' && c <= 'ゖ') || (c >= 'ァ' && c <= 'ヺ') || c == 'ー' || c == '・' || c == '＝';
            if (!kana) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case romanization of kana, or {@code null} if the text has other characters. */
    public static String romanize(String kana) {
        String k = toKatakana(kana);
        StringBuilder out = new StringBuilder(k.length() * 2);
        boolean doubleNext = false;
        int i = 0;
        while (i < k.length()) {
            char c = k.charAt(i);
            if (c == 'ッ') {
                doubleNext = true;
                i++;
                continue;
            }
            if (c == 'ー' || c == '・' || c == '＝') {
                i++;
                continue;
            }
            String syl = i + 1 < k.length() ? TABLE.get(k.substring(i, i + 2)) : null;
            int len = 2;
            if (syl == null) {
                syl = TABLE.get(k.substring(i, i + 1));
                len = 1;
            }
            if (syl == null) {
                return null;
            }
            if (doubleNext) {
                out.append(syl.startsWith("ch") ? 't' : syl.charAt(0));
                doubleNext = false;
            }
            out.append(syl);
            i += len;
        }
        return out.toString();
    }

    /**
     * {@link #romanize} with a long-vowel mark after {@code u} or {@code i} written as that vowel again
     * ({@code スーパー → suupa}): for sound keys, which must not take the long {@code u} of {@code スー} for the
     * vowel katakana adds to a consonant ({@code ト} and {@code トー} alike stand for an English {@code o}).
     */
    static String romanizeLong(String kana) {
        String k = toKatakana(kana);
        StringBuilder out = new StringBuilder(k.length() * 2);
        int from = 0;
        for (int i = 0; i <= k.length(); i++) {
            if (i == k.length() || k.charAt(i) == 'ー') {
                String part = romanize(k.substring(from, i));
                if (part == null) {
                    return null;
                }
                out.append(part);
                if (i < k.length() && out.length() > 0 && "ui".indexOf(out.charAt(out.length() - 1)) >= 0) {
                    out.append(out.charAt(out.length() - 1));
                }
                from = i + 1;
            }
        }
        return out.toString();
    }

    static String toKatakana(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + 0x60) : c);
        }
        return b.toString();
    }
}
