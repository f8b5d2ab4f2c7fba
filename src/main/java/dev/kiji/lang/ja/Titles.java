package dev.kiji.lang.ja;

import java.util.List;
import java.util.Set;

/** Person titles and honorifics that follow a name (バイデン大統領, 山田氏); never part of the mention. */
final class Titles {
    private static final Set<String> TITLES = Set.of("氏", "さん", "様", "君", "ちゃん", "大統領", "副大統領", "首相",
            "外相", "蔵相", "長官", "国務長官", "報道官", "社長", "会長", "選手", "監督", "容疑者", "被告", "議員", "知事",
            "市長", "議長", "総裁", "教授", "博士", "大使", "書記長", "国家主席", "主席", "王子", "女王", "国王", "首席");
    private static final int MAX_TOKENS = 3;

    private Titles() {
    }

    /** Number of tokens from {@code at} that spell a title, adjacent to each other; 0 when none. */
    static int titleAt(List<JaToken> tokens, int at) {
        StringBuilder sb = new StringBuilder();
        for (int k = at; k < tokens.size() && k < at + MAX_TOKENS; k++) {
            if (k > at && tokens.get(k).start() != tokens.get(k - 1).end()) {
                return 0;
            }
            sb.append(tokens.get(k).form());
            if (TITLES.contains(sb.toString())) {
                return k - at + 1;
            }
        }
        return 0;
    }

    /** True when a title directly follows the token ending at {@code end - 1}. */
    static boolean follows(List<JaToken> tokens, int end) {
        return end < tokens.size() && end > 0 && tokens.get(end).start() == tokens.get(end - 1).end()
                && titleAt(tokens, end) > 0;
    }
}
