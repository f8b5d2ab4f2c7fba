package dev.kiji.langid;

/** Letter counts per writing system over (a prefix of) a text. */
record ScriptCounts(int kana, int han, int hangul, int latin, int cyrillic, int other) {

    static ScriptCounts of(String text, int limit) {
        int kana = 0;
        int han = 0;
        int hangul = 0;
        int latin = 0;
        int cyrillic = 0;
        int other = 0;
        int end = Math.min(text.length(), limit);
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            switch (s) {
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                case HANGUL -> hangul++;
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                default -> {
                    if (cp == 'ー') {
                        kana++;
                    } else {
                        other++;
                    }
                }
            }
        }
        return new ScriptCounts(kana, han, hangul, latin, cyrillic, other);
    }

    int letters() {
        return kana + han + hangul + latin + cyrillic + other;
    }
}
