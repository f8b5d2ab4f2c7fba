package dev.kiji.link.kb;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The team sport a news article is about, told by the names it uses for the sports, in either language, and whether
 * it is about women's sport: a sports story names its sides by their countries (日本代表, Japan beat Nepal). The
 * sports are named as in the KB's team names ({@code Japan national rugby union team}).
 */
public final class Sports {
    /** Sport of a team's name → the words an article names it with, in either language. */
    private static final Map<String, List<String>> SPORTS = Map.ofEntries(
            Map.entry("cricket", List.of("クリケット", "cricket")),
            Map.entry("football", List.of("サッカー", "football", "soccer")),
            Map.entry("rugby union", List.of("ラグビー", "rugby")),
            Map.entry("baseball", List.of("野球", "baseball")),
            Map.entry("basketball", List.of("バスケットボール", "basketball")),
            Map.entry("volleyball", List.of("バレーボール", "volleyball")),
            Map.entry("field hockey", List.of("ホッケー", "hockey")),
            Map.entry("ice hockey", List.of("アイスホッケー", "ice hockey")),
            Map.entry("handball", List.of("ハンドボール", "handball")));

    private Sports() {
    }

    /** The article's sport, by the names of {@link #SPORTS} it uses most; empty when none or a tie. */
    public static Optional<String> of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<String, List<String>> s : SPORTS.entrySet()) {
            int n = 0;
            for (String w : s.getValue()) {
                n += count(lower, w);
            }
            if (n > bestCount) {
                best = s.getKey();
                bestCount = n;
                tie = false;
            } else if (n == bestCount && n > 0) {
                tie = true;
            }
        }
        if (best != null && best.equals("field hockey") && count(lower, "アイスホッケー") + count(lower, "ice hockey") > 0) {
            return Optional.of("ice hockey");
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** True when the article speaks of women's sport more often than of men's. */
    public static boolean women(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int women = count(lower, "women's");
        return count(lower, "女子") + women > count(lower, "男子") + count(lower, "men's") - women;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }
}
