package dev.kiji.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits a PERSON mention made of names joined by ・ ("A・B会談" → A, B) when the parts are
 * separate people: every part is (the end of) another PERSON mention of the same article, or an
 * ENAMDICT surname (not also a given name), with at least one part attested in the article. A full name like "ドナルド・トランプ" stays whole because
 * its given name is never a mention by itself.
 */
final class JoinedNameSplitter {
    private JoinedNameSplitter() {
    }

    static List<Span> split(String text, List<Span> spans, Predicate<String> knownSurname) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            if (s.type() != NerClass.PERSON || text.indexOf('・', s.start()) < 0
                    || text.indexOf('・', s.start()) >= s.end()) {
                out.add(s);
                continue;
            }
            List<Span> parts = parts(text, s);
            if (parts.size() >= 2 && separatePeople(text, s, parts, spans, knownSurname)) out.addAll(parts);
            else out.add(s);
        }
        return out;
    }

    private static List<Span> parts(String text, Span s) {
        List<Span> out = new ArrayList<>();
        int a = s.start();
        for (int i = s.start(); i <= s.end(); i++) {
            if (i == s.end() || text.charAt(i) == '・') {
                if (i - a < 2) return List.of();
                out.add(new Span(a, i, NerClass.PERSON));
                a = i + 1;
            }
        }
        return out;
    }

    private static boolean separatePeople(String text, Span whole, List<Span> parts, List<Span> spans,
            Predicate<String> knownSurname) {
        int attested = 0;
        for (Span p : parts) {
            boolean seen = false;
            for (Span o : spans) {
                if (o.type() == NerClass.PERSON && !sameText(text, o, whole)) seen |= endsWithName(text, o, p);
            }
            if (seen) attested++;
            else if (!knownSurname.test(text.substring(p.start(), p.end()))) return false;
        }
        return attested > 0;
    }

    private static boolean sameText(String text, Span a, Span b) {
        int n = a.end() - a.start();
        return n == b.end() - b.start() && text.regionMatches(a.start(), text, b.start(), n);
    }

    /** Mention {@code o} is the name {@code p} or ends with "・" + it (セルゲイ・ラブロフ for ラブロフ). */
    private static boolean endsWithName(String text, Span o, Span p) {
        int n = p.end() - p.start();
        int from = o.end() - n;
        if (from < o.start() || !text.regionMatches(from, text, p.start(), n)) return false;
        return from == o.start() || text.charAt(from - 1) == '・';
    }
}
