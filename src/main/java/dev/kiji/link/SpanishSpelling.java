package dev.kiji.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Latin-script person's name with a Spanish accent ({@code Lucía Herrero}, {@code Juan Francisco Japón}) is read as
 * Spanish, as katakana writes it: j and g before e or i sound h (フアン, ハポン, ヘラルド), an h opening a word is silent
 * (エレーロ), so the English spelling keys like the katakana ({@link PhoneticKey}). A name with a letter of another
 * language that also writes such accents (ã, ç, ö, č, ő …: Portuguese, Czech, Hungarian, Icelandic), or a part spelt as
 * a language whose j sounds y spells it ({@code Stefánsson}, see {@link ForeignName#jSoundsY}), is left as spelt.
 */
final class SpanishSpelling {
    private static final Pattern SPANISH_MARK = Pattern.compile("[áéíóúñÁÉÍÓÚÑ]");
    private static final Pattern OTHER_MARK = Pattern.compile("[ãõâêôàèìòùçäöüëïåøæœßčšžřěůőűðþýÃÕÂÊÔÀÈÌÒÙÇÄÖÜËÏÅØÆŒČŠŽŘĚŮŐŰÐÞÝ]");
    private static final Pattern G_SOFT = Pattern.compile("g(?=[ei])");

    private SpanishSpelling() {
    }

    /** Whether {@code name}, as written, carries a Spanish accent and no letter of another accented language. */
    static boolean isSpanish(String name) {
        return SPANISH_MARK.matcher(name).find() && !OTHER_MARK.matcher(name).find();
    }

    /** Lower-case romanized parts respelt as they sound in Spanish: {@code [juan, herrero] → [huan, errero]}. */
    static List<String> sounds(List<String> parts) {
        List<String> out = new ArrayList<>(parts.size());
        for (String p : parts) {
            String silent = p.length() > 2 && p.charAt(0) == 'h' && "aeiou".indexOf(p.charAt(1)) >= 0 ? p.substring(1) : p;
            out.add(G_SOFT.matcher(silent.replace('j', 'h')).replaceAll("h"));
        }
        return out;
    }
}
