package dev.kiji.lang.ja;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Latin-script names inside Japanese text: a sequence of capitalised words separated by spaces
 * (and lower-case particles such as "of" between them). An acronym of 2-6 capitals is an
 * organisation; two or three Capitalised words are a person (given + family name) unless one is an
 * acronym or a connector joins them; a single Capitalised word counts only before a person title.
 */
final class LatinChunks {
    private static final Set<String> CONNECTORS = Set.of("of", "de", "du", "des", "van", "von", "der", "den", "la",
            "le", "and", "for", "the");
    private static final Set<String> ORG_WORDS = Set.of("Inc", "Corp", "Co", "Ltd", "LLC", "PLC", "Company",
            "Corporation", "Group", "Bank", "Holdings", "University", "Institute", "Association", "Party", "Ministry",
            "Agency", "Council", "Committee", "Commission", "Foundation", "News", "Times", "Post", "Press", "Motors",
            "Airlines", "Technologies", "Systems", "Union", "Organization", "Organisation", "Office", "Department");

    private LatinChunks() {
    }

    /** Index just past the Latin word run starting at {@code i} (the caller skips it as a whole). */
    static int runEnd(List<JaToken> tokens, String text, int i) {
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).isLatinWord() && joined(tokens, text, j)) {
            j++;
        }
        return j;
    }

    /** Chunks among the Latin words {@code [from, to)}, or none. */
    static List<Chunk> chunks(List<JaToken> tokens, int from, int to) {
        List<Chunk> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!isCapitalised(tokens.get(i).form())) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to && (isCapitalised(tokens.get(j).form())
                    || (CONNECTORS.contains(tokens.get(j).form()) && j + 1 < to && isCapitalised(tokens.get(j + 1).form())))) {
                j++;
            }
            Chunk c = classify(tokens, i, j);
            if (c != null) {
                out.add(c);
            }
            i = j;
        }
        return out;
    }

    private static Chunk classify(List<JaToken> tokens, int from, int to) {
        List<String> words = tokens.subList(from, to).stream().map(JaToken::form).toList();
        if (Titles.follows(tokens, to)) {
            return new Chunk(from, to, EntityType.PERSON, null);
        }
        String name = String.join(" ", words);
        if (words.size() == 1) {
            String w = words.get(0);
            boolean acronym = w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z');
            return acronym ? org(from, to, name) : null;
        }
        boolean personShape = words.size() <= 3 && words.stream().allMatch(LatinChunks::isNameWord);
        if (personShape && words.stream().noneMatch(ORG_WORDS::contains)) {
            return new Chunk(from, to, EntityType.PERSON, null);
        }
        return org(from, to, name);
    }

    private static Chunk org(int from, int to, String name) {
        Subtype subtype = OrgSubtypes.of(name);
        return new Chunk(from, to, EntityType.ORGANIZATION, subtype);
    }

    /** Word {@code j} continues the run: directly attached or after spaces within the same line. */
    private static boolean joined(List<JaToken> tokens, String text, int j) {
        int gapStart = tokens.get(j - 1).end();
        int gapEnd = tokens.get(j).start();
        for (int k = gapStart; k < gapEnd; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || !(Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapitalised(String w) {
        return !w.isEmpty() && w.charAt(0) >= 'A' && w.charAt(0) <= 'Z';
    }

    /** Capital then at least one lower-case letter, as in a given or family name (Hall, McDonald). */
    private static boolean isNameWord(String w) {
        return w.length() >= 2 && isCapitalised(w) && w.chars().skip(1).anyMatch(c -> c >= 'a' && c <= 'z');
    }
}
