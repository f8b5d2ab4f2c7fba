package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.List;

/** Splits a token stream into sentence-sized runs for decoding (after 。！？ and line breaks). */
final class Sentences {
    private Sentences() {
    }

    static List<List<Token>> split(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (endsSentence(tokens.get(i).surface())) {
                out.add(tokens.subList(from, i + 1));
                from = i + 1;
            }
        }
        if (from < tokens.size()) out.add(tokens.subList(from, tokens.size()));
        return out;
    }

    private static boolean endsSentence(String s) {
        return s.equals("。") || s.equals("！") || s.equals("？") || s.equals("!") || s.equals("?") || s.equals("｡")
                || s.indexOf('\n') >= 0 || s.length() > 200;
    }
}
