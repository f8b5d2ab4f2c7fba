package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A country followed by 代表 as the subject or object of the sentence ({@code 日本代表が勝った}, {@code 女子代表を破る}) is the
 * country's side, an organization, as kiji's gold annotates it; {@code 米国代表の中村} (a player representing the country)
 * and 代表者, 代表取締役, 代表団 keep the country a place. A sport's name before the side is no part of it
 * ({@code クリケット日本代表} → {@code 日本代表}).
 */
final class NationalSides {
    /** 代表 (after an optional 男子/女子) followed by a particle or punctuation that ends the noun phrase. */
    private static final Pattern SIDE_AFTER = Pattern.compile("(?:男子|女子)?代表(?=[がはをにともへで、。）」]|$)");

    private NationalSides() {
    }

    /** Replaces in {@code out} each country LOCATION followed by a side's 代表 with the side, an ORG_OTHER mention. */
    static void apply(String text, List<Token> tokens, List<Span> out) {
        for (int k = 0; k < out.size(); k++) {
            Span s = out.get(k);
            if (s.type() == NerClass.LOCATION && country(tokens, s)) {
                Matcher m = SIDE_AFTER.matcher(text).region(s.end(), text.length());
                if (m.lookingAt() && out.stream().noneMatch(o -> o != s && o.start() < m.end() && s.end() < o.end())) {
                    out.set(k, new Span(s.start(), m.end(), NerClass.ORG_OTHER));
                }
            } else if (s.type().type() == dev.kiji.doc.EntityType.ORGANIZATION && text.startsWith("代表", s.end() - 2)) {
                int c = firstCountry(tokens, s);
                if (c > s.start()) {
                    out.set(k, new Span(c, s.end(), s.type()));
                }
            }
        }
    }

    private static boolean country(List<Token> tokens, Span s) {
        int i = NewsPostPass.tokenAt(tokens, s.start());
        return i >= 0 && tokens.get(i).span().start() == s.start() && tokens.get(i).span().end() == s.end()
                && CountrySplitter.isCountry(tokens.get(i));
    }

    /** Start of the first country token inside {@code s}, or -1. */
    private static int firstCountry(List<Token> tokens, Span s) {
        int i = NewsPostPass.tokenAt(tokens, s.start());
        for (; i >= 0 && i < tokens.size() && tokens.get(i).span().end() <= s.end(); i++) {
            if (tokens.get(i).span().start() >= s.start() && CountrySplitter.isCountry(tokens.get(i))) {
                return tokens.get(i).span().start();
            }
        }
        return -1;
    }
}
