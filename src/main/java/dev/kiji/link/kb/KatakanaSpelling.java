package dev.kiji.link.kb;

import java.util.regex.Pattern;

/**
 * One spelling for the katakana variants Japanese writers choose between for the same foreign sound: ティ and チ
 * ({@code アストンマーティン}, {@code アストンマーチン}), ディ and ジ, the ヴ row and the バ row ({@code ヴェネツィア},
 * {@code ベネツィア}), ウィ and ウイ, and a final long-vowel mark ({@code コンピューター}, {@code コンピュータ}). The KB indexes
 * its katakana names under this spelling too, and a name looked up in vain is tried again in it.
 */
final class KatakanaSpelling {
    private static final Pattern FINAL_LONG = Pattern.compile("(?<=[ァ-ヴ])ー$");

    private KatakanaSpelling() {
    }

    /** The folded spelling of a key, or the key itself when it has no katakana to fold. */
    static String fold(String key) {
        if (key.chars().noneMatch(c -> c >= 'ァ' && c <= 'ヺ')) {
            return key;
        }
        String s = key.replace("ティ", "チ").replace("ディ", "ジ").replace("ヴァ", "バ").replace("ヴィ", "ビ")
                .replace("ヴェ", "ベ").replace("ヴォ", "ボ").replace("ヴ", "ブ").replace("ウィ", "ウイ")
                .replace("ウェ", "ウエ").replace("ウォ", "ウオ");
        return FINAL_LONG.matcher(s).replaceAll("");
    }
}
