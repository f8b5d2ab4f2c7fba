package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One sense per article: another occurrence of a mention's exact text, on token boundaries and
 * covered by no mention, becomes a mention of the same type (the model found "コトバラボ" once and
 * missed it elsewhere). Texts of one or two characters are not propagated.
 */
final class MentionPropagator {
    private MentionPropagator() {
    }

    static void propagate(String text, List<Token> tokens, List<Span> out) {
        List<Span> found = new ArrayList<>(out);
        found.sort(null);
        Set<String> seen = new HashSet<>();
        List<Span> added = new ArrayList<>();
        for (Span s : found) {
            String name = text.substring(s.start(), s.end());
            if (name.length() < 3 || !seen.add(name)) continue;
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (!onTokenBoundaries(tokens, at, end) || NewsPostPass.overlapsAny(found, at, end)
                        || overlaps(added, at, end)) continue;
                added.add(new Span(at, end, s.type()));
            }
        }
        out.addAll(added);
    }

    /**
     * An event's short name is the katakana word before its first ・ (ツール for ツール・ド・フランス):
     * a mention of just that word elsewhere in the article, or the word alone on token boundaries where the tagger left it
     * out, is the event, whatever type the tagger gave it, unless the
     * knowledge base knows the word as something ({@code known} says; ニューヨーク of ニューヨーク・マラソン is the city).
     */
    static void eventHeads(String text, List<Token> tokens, List<Span> out, java.util.function.Predicate<String> known) {
        Set<String> heads = new HashSet<>();
        for (Span s : out) {
            String name = text.substring(s.start(), s.end());
            int dot = name.indexOf('・');
            if (s.type() == NerClass.EVENT && dot >= 3 && NerTagger.katakanaRun(name, 0, dot, false)
                    && !known.test(name.substring(0, dot))) {
                heads.add(name.substring(0, dot));
            }
        }
        out.replaceAll(s -> s.type() != NerClass.EVENT && heads.contains(text.substring(s.start(), s.end()))
                ? new Span(s.start(), s.end(), NerClass.EVENT) : s);
        List<Span> added = new ArrayList<>();
        for (String head : heads) {
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                int end = at + head.length();
                if (onTokenBoundaries(tokens, at, end) && !NewsPostPass.overlapsUnsorted(out, at, end)) {
                    added.add(new Span(at, end, NerClass.EVENT));
                }
            }
        }
        out.addAll(added);
    }

    private static boolean onTokenBoundaries(List<Token> tokens, int a, int b) {
        int i = NewsPostPass.tokenAt(tokens, a);
        int j = NewsPostPass.tokenAt(tokens, b - 1);
        return i >= 0 && j >= 0 && tokens.get(i).span().start() == a && tokens.get(j).span().end() == b;
    }

    private static boolean overlaps(List<Span> spans, int a, int b) {
        for (Span s : spans) {
            if (s.start() < b && a < s.end()) return true;
        }
        return false;
    }
}
