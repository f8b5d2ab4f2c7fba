package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms introduced in parentheses, the news way of defining a short form: after a mention
 * (欧州宇宙機関（ＥＳＡ）) the acronym is the same entity, so it and every later occurrence get the mention's
 * type; after a described concept, a noun modified by a verb or adjective (遠隔で受診する仕組み（ＯＴＣ）), it is
 * a common term, so the mentions of it are dropped. Acronyms are 2–8 capital letters or digits, half or full width.
 * Also splits a mention that runs into an unclosed parenthesis (PAREN_SPLIT).
 */
final class ParenAcronyms {
    private ParenAcronyms() {
    }

    static void apply(String text, List<Token> tokens, List<Span> out) {
        for (int p = text.indexOf('（'); p >= 0; p = text.indexOf('（', p + 1)) {
            int close = acronymEnd(text, p + 1);
            if (close < 0) continue;
            String acronym = text.substring(p + 1, close);
            Span owner = endingAt(out, p > 0 && text.charAt(p - 1) == '」' ? p - 1 : p);
            if (owner != null) {
                if (owner.type() != NerClass.PERSON) retype(text, acronym, owner.type(), out);
            } else if (describedConcept(tokens, p)) {
                out.removeIf(s -> text.substring(s.start(), s.end()).equals(acronym));
            }
        }
    }

    /** End of a 2–8 character acronym starting at {@code a} and closed by ） right after it, or -1. */
    private static int acronymEnd(String text, int a) {
        int b = a;
        while (b < text.length() && b - a <= 8 && isAcronymChar(text.charAt(b), b == a)) b++;
        return b - a >= 2 && b - a <= 8 && b < text.length() && (text.charAt(b) == '）') ? b : -1;
    }

    private static boolean isAcronymChar(char c, boolean first) {
        boolean upper = (c >= 'A' && c <= 'Z') || (c >= 'Ａ' && c <= 'Ｚ');
        boolean digit = (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
        return upper || (!first && (digit || c == '＆' || c == '&'));
    }

    private static Span endingAt(List<Span> out, int p) {
        for (Span s : out) {
            if (s.end() == p) return s;
        }
        return null;
    }

    /** Every whole occurrence of {@code acronym}: a mention with exactly its span gets {@code type}, an uncovered one is added. */
    private static void retype(String text, String acronym, NerClass type, List<Span> out) {
        List<Span> add = new ArrayList<>();
        for (int at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
            int end = at + acronym.length();
            if (at > 0 && isAcronymChar(text.charAt(at - 1), false) || end < text.length() && isAcronymChar(text.charAt(end), false)) {
                continue;
            }
            boolean covered = false;
            for (int i = 0; i < out.size(); i++) {
                Span o = out.get(i);
                if (o.start() == at && o.end() == end) out.set(i, new Span(at, end, type));
                covered |= o.start() < end && at < o.end();
            }
            if (!covered) add.add(new Span(at, end, type));
        }
        out.addAll(add);
    }

    /** Whether the text before {@code p} ends in a common noun modified by a verb, auxiliary or adjective. */
    private static boolean describedConcept(List<Token> tokens, int p) {
        int k = NewsPostPass.tokenAt(tokens, p - 1);
        if (k < 1 || tokens.get(k).span().end() != p) return false;
        String noun = tokens.get(k).pos();
        String before = tokens.get(k - 1).pos();
        return noun.startsWith("名詞") && !noun.startsWith("名詞-固有名詞")
                && (before.startsWith("動詞") || before.startsWith("助動詞") || before.startsWith("形容詞"));
    }

    /**
     * "A" and "B" for a mention "A（B" (no closing parenthesis inside), only "A" when B is a number (an age); empty if
     * {@code s} is not one.
     */
    static List<Span> splitUnclosed(String text, Span s) {
        List<Span> aged = splitAtAge(text, s);
        if (!aged.isEmpty()) return aged;
        List<Span> shortForm = splitShortForm(text, s);
        if (!shortForm.isEmpty()) return shortForm;
        int open = -1;
        for (int i = s.start(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') return List.of();
            if ((c == '（' || c == '(') && open < 0) open = i;
        }
        if (open <= s.start() || open + 1 >= s.end()) return List.of();
        Span name = new Span(s.start(), open, s.type());
        boolean age = text.substring(open + 1, s.end()).chars().allMatch(Character::isDigit);  // 小倉拓海さん（33
        return age ? List.of(name) : List.of(name, new Span(open + 1, s.end(), s.type()));
    }

    /**
     * "A" and "B" for a mention "A（B）" whose parenthesis holds A's short form, 2–5 characters taken in order from A
     * and opening with A's first (奈良文化財研究所（奈文研）, 全日本かるた協会（全日協）) or an acronym (…機構（ＪＡＸＡ）):
     * the name and its alias, two mentions of one type; when the mention runs on after the parenthesis into another
     * name (…機構（ＮＡＴＯ）サイバー防衛協力センター（ＣＣＤＣＯＥ), that rest is split the same way. Empty otherwise.
     */
    static List<Span> splitShortForm(String text, Span s) {
        int open = -1;
        for (int i = s.start() + 2; i < s.end() && open < 0; i++) {
            if (text.charAt(i) == '（' || text.charAt(i) == '(') open = i;
        }
        int close = open < 0 ? -1 : closing(text, open, s.end());
        if (close < 0) return List.of();
        String alias = text.substring(open + 1, close);
        if (acronymEnd(text, open + 1) != close && !abbreviates(alias, text.substring(s.start(), open))) return List.of();
        List<Span> out = new ArrayList<>(List.of(new Span(s.start(), open, s.type()), new Span(open + 1, close, s.type())));
        if (s.end() - (close + 1) >= 2) {
            Span rest = new Span(close + 1, s.end(), s.type());
            List<Span> more = splitUnclosed(text, rest);
            out.addAll(more.isEmpty() ? List.of(rest) : more);
        }
        return out;
    }

    /** The index of the parenthesis closing the one at {@code open}, before {@code end}, or -1. */
    private static int closing(String text, int open, int end) {
        for (int i = open + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') return i;
            if (c == '（' || c == '(') return -1;
        }
        return -1;
    }

    /** Whether {@code alias} (2–5 characters) is taken in order from {@code name}, opens with its first and is shorter. */
    private static boolean abbreviates(String alias, String name) {
        if (alias.length() < 2 || alias.length() > 5 || alias.length() >= name.length() || alias.charAt(0) != name.charAt(0)) {
            return false;
        }
        int at = 0;
        for (char c : alias.toCharArray()) {
            at = name.indexOf(c, at) + 1;
            if (at == 0) return false;
        }
        return true;
    }

    /** An age in parentheses and the particle after it: 乙部拓海容疑者（38）を… */
    private static final Pattern AGE = Pattern.compile("[（(][0-9０-９]{1,3}[）)][をがはとにの]?");

    /**
     * "A" and "B" for a mention "A（38）をB" that runs on over a person's age into the next name (乙部拓海容疑者（38）を
     * 家畜遺伝資源不正競争防止法): an age closes a person's name, and what follows the particle is another name; only "A"
     * when less than two characters follow. Empty if {@code s} holds no age after a name.
     */
    private static List<Span> splitAtAge(String text, Span s) {
        Matcher m = AGE.matcher(text).region(s.start(), s.end());
        if (!m.find() || m.start() <= s.start()) return List.of();
        Span name = new Span(s.start(), m.start(), NerClass.PERSON);  // whose age it is
        return s.end() - m.end() < 2 ? List.of(name) : List.of(name, new Span(m.end(), s.end(), s.type()));
    }

    /**
     * A mention that runs past the closing parenthesis of an alias it starts inside (主要7カ国（Ｇ７）とも足並み… tagged
     * from Ｇ７ on) ends at that parenthesis: the rest is running text. {@code null} when nothing is left.
     */
    static Span cutAtClose(String text, Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') return s;
            if (c == '）' || c == ')') return i > s.start() ? new Span(s.start(), i, s.type()) : null;
        }
        return s;
    }
}
