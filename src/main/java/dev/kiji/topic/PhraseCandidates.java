package dev.kiji.topic;

import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Noun-phrase candidates from tokens. Japanese: maximal runs of adjacent 名詞 tokens (no gap in
 * the text between them), trimmed at both edges of numbers, pronouns, dependent nouns, suffixes
 * and adverbial nouns. English: {@code JJ* NN+} runs by Penn tag, nouns as lower-cased lemmas
 * (proper nouns as written). Candidates of bare numbers, single characters or only digits and
 * symbols are dropped.
 */
final class PhraseCandidates {
    private static final int MAX_TOKENS = 6;
    private static final int MAX_TOKENS_EN = 4;
    private static final Set<String> EN_GENERIC = Set.of("time", "year", "day", "way", "thing", "people", "lot",
            "part", "number", "kind", "week", "month", "today", "percent", "%", "mr.", "ms.", "mrs.", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
            "tomorrow", "tonight", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
            "nov.", "dec.");

    /** Japanese nouns too general to be a key phrase on their own. */
    private static final Set<String> JA_GENERIC = Set.of("自分", "内容", "理由", "必要", "問題", "情報", "部分", "結果",
            "状態", "方法", "感じ", "気持ち", "一緒", "全体", "関係", "様子", "意味", "相手", "本当", "普通", "大切",
            "大事", "可能", "存在", "状況", "場所", "時間", "今後", "一方", "以外", "自身", "彼ら", "皆さん", "みんな",
            "人気", "話題", "ニュース", "記事", "注目", "紹介", "予定", "実際", "利用", "使用", "対応", "提供", "発表",
            "開始", "確認", "意見", "影響", "機会", "目的", "程度", "種類", "傾向", "特徴", "印象", "興味", "ポイント");
    /** English function words that Kuromoji tags as nouns inside Japanese text. */
    private static final Set<String> EN_FUNCTION = Set.of("the", "and", "of", "for", "with", "in", "on", "to", "by",
            "from", "at", "or", "is", "are", "be", "yes", "no", "not", "all", "new");

    private PhraseCandidates() {
    }

    static List<PhraseCandidate> extract(String lang, String text, List<Token> tokens) {
        return "ja".equals(lang) ? japanese(text, tokens) : english(tokens);
    }

    private static List<PhraseCandidate> japanese(String text, List<Token> tokens) {
        List<PhraseCandidate> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!usableJa(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && usableJa(tokens.get(j))
                    && tokens.get(j).span().start() == tokens.get(j - 1).span().end()) {
                j++;
            }
            addJapaneseRun(text, tokens.subList(i, j), out);
            i = j;
        }
        return out;
    }

    private static boolean usableJa(Token t) {
        return TokenClasses.isJapaneseNoun(t) && !t.pos().startsWith("名詞-代名詞")
                && TokenClasses.hasLetterOrDigit(t.surface());
    }

    private static void addJapaneseRun(String text, List<Token> run, List<PhraseCandidate> out) {
        int a = 0;
        int b = run.size();
        while (a < b && TokenClasses.isJapaneseStartBlocked(run.get(a))) {
            a++;
        }
        while (b > a && TokenClasses.isJapaneseEndBlocked(run.get(b - 1))) {
            b--;
        }
        if (a >= b || b - a > MAX_TOKENS) {
            return;
        }
        List<Token> core = run.subList(a, b);
        String s = text.substring(core.get(0).span().start(), core.get(core.size() - 1).span().end());
        if (!meaningful(s) || JA_GENERIC.contains(s) || isShortOrFunctionLatin(s)) {
            return;
        }
        List<String> words = new ArrayList<>();
        for (Token t : core) {
            words.add(TopicLexicon.key(TermMatcher.lemmaOf(t)));
        }
        out.add(new PhraseCandidate(s, words, core.get(0).span().start()));
    }

    private static List<PhraseCandidate> english(List<Token> tokens) {
        List<PhraseCandidate> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String p = tokens.get(i).pos();
            if (!p.startsWith("JJ") && !p.startsWith("NN")) {
                i++;
                continue;
            }
            int j = i;
            while (j < tokens.size() && englishPhraseWord(tokens.get(j))) {
                j++;
            }
            if (j == i) {
                i++;
                continue;
            }
            int end = j;
            while (end > i && !tokens.get(end - 1).pos().startsWith("NN")) {
                end--;
            }
            int start = i;
            start = Math.max(start, end - MAX_TOKENS_EN);
            if (end > start) {
                addEnglish(tokens.subList(start, end), out);
            }
            i = j;
        }
        return out;
    }

    private static boolean englishPhraseWord(Token t) {
        return (t.pos().startsWith("JJ") || t.pos().startsWith("NN")) && TokenClasses.hasLetterOrDigit(t.surface());
    }

    private static void addEnglish(List<Token> run, List<PhraseCandidate> out) {
        List<String> words = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (Token t : run) {
            String w = t.pos().startsWith("NNP") ? t.surface()
                    : (t.pos().startsWith("NN") ? TermMatcher.lemmaOf(t) : t.surface()).toLowerCase(Locale.ROOT);
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w);
            words.add(TopicLexicon.key(w));
        }
        String s = sb.toString();
        if (words.stream().allMatch(EN_GENERIC::contains)) {
            return;
        }
        if (meaningful(s)) {
            out.add(new PhraseCandidate(s, words, run.get(0).span().start()));
        }
    }

    /**
     * Latin-only fragments of at most two letters that are not acronyms (domain parts such as
     * "jp"; "AI" and "EU" stay) or English function words.
     */
    private static boolean isShortOrFunctionLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        boolean acronym = s.equals(s.toUpperCase(Locale.ROOT));
        return (s.length() <= 2 && !acronym) || EN_FUNCTION.contains(s.toLowerCase(Locale.ROOT));
    }

    /** At least two characters and at least one letter (any script) that is not a digit. */
    static boolean meaningful(String s) {
        if (s.length() < 2 || (s.length() == 2 && Character.isSurrogatePair(s.charAt(0), s.charAt(1)))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
