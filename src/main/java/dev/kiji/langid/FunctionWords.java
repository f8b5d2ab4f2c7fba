package dev.kiji.langid;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Very frequent words of Latin-script languages, used to tell English from its neighbours. */
final class FunctionWords {
    static final String ENGLISH = "en";

    static final Map<String, Set<String>> BY_LANGUAGE = Map.of(
            ENGLISH, Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "as",
                    "by", "at", "from", "it", "be", "are", "has", "have", "said", "this", "an", "will", "not",
                    "but", "were", "which", "his", "her", "their", "its", "after", "who", "would", "been", "they"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "ein", "eine",
                    "auf", "für", "sich", "dem", "auch", "es", "im", "wird", "sind", "wurde", "bei", "nach"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "du", "une", "un", "que", "pour", "dans", "pas",
                    "qui", "sur", "au", "avec", "ce", "il", "elle", "sont", "par", "aux", "été"),
            "es", Set.of("el", "los", "las", "y", "que", "en", "una", "es", "por", "con", "para", "se", "del",
                    "al", "su", "lo", "como", "más", "pero", "sus", "fue", "ha"),
            "it", Set.of("il", "di", "che", "è", "per", "una", "sono", "della", "non", "con", "gli", "nel",
                    "alla", "anche", "del", "dei", "ha", "le"),
            "pt", Set.of("o", "os", "e", "que", "do", "da", "em", "um", "uma", "para", "com", "não", "por",
                    "mais", "dos", "das", "foi", "ao"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "zijn", "niet", "met", "voor",
                    "ook", "aan", "werd", "bij", "naar"));

    private FunctionWords() {
    }

    /** Hits per language over the Latin words of {@code text}; index 0 of the result is the word count. */
    static Map<String, Integer> hits(String text, int limit, int[] wordCount) {
        java.util.HashMap<String, Integer> out = new java.util.HashMap<>();
        int end = Math.min(text.length(), limit);
        int i = 0;
        int words = 0;
        while (i < end) {
            while (i < end && !isLatinLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && isLatinLetter(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                words++;
                String w = text.substring(s, i).toLowerCase(Locale.ROOT);
                for (Map.Entry<String, Set<String>> e : BY_LANGUAGE.entrySet()) {
                    if (e.getValue().contains(w)) {
                        out.merge(e.getKey(), 1, Integer::sum);
                    }
                }
            }
        }
        wordCount[0] = words;
        return out;
    }

    private static boolean isLatinLetter(char c) {
        return Character.isLetter(c) && c < 0x250;
    }
}
