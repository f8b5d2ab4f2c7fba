package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A place or facility mention that starts with a place name followed by a middle dot lists places
 * (news style): 静岡・愛知 → 静岡, 愛知; 東京・国立競技場 → 東京, 国立競技場. Only dots between
 * non-katakana characters split (a dot between katakana belongs to a name), and events,
 * organizations and products are never split (阪神・淡路大震災) unless every part is one IPADIC place token (東京・銀座
 * read as an organization). A part that is one IPADIC place token is a LOCATION; the others keep the mention's type.
 * Stockmark keeps such lists whole (大阪・中之島). Organizations joined by と or や are split, and so are prizes and
 * events whose parts end in the same head (殊勲賞と技能賞).
 */
final class EnumerationSplitter {
    private EnumerationSplitter() {
    }

    /** The parts of {@code s}, or {@code s} alone when it lists nothing. */
    static List<Span> split(String text, List<Token> tokens, Span s) {
        List<Span> countryPlace = countryDotPlace(text, tokens, s);
        if (countryPlace != null) return countryPlace;
        if (s.type().type() == dev.kiji.doc.EntityType.ORGANIZATION) {
            List<Span> places = dotParts(text, tokens, s);
            boolean allPlaces = places.size() > 1 && places.stream().allMatch(p -> p.type() == NerClass.LOCATION);
            return allPlaces ? places : splitAtParticles(tokens, s);  // 東京・銀座 read as an organization: two places
        }
        if (s.type().type() == dev.kiji.doc.EntityType.PRODUCT || s.type().type() == dev.kiji.doc.EntityType.EVENT) {
            List<Span> parts = splitAtParticles(tokens, s);  // 殊勲賞と技能賞; not 美女と野獣, whose parts end apart
            char head = text.charAt(s.end() - 1);
            return parts.stream().allMatch(p -> text.charAt(p.end() - 1) == head) ? parts : List.of(s);
        }
        if (s.type() != NerClass.LOCATION && s.type() != NerClass.FACILITY) return List.of(s);
        return dotParts(text, tokens, s);
    }

    /**
     * A country, a middle dot and one place-name token (スイス・ローザンヌ, whatever type the tagger gave) are the country and
     * the place, as a dateline or an address writes them; null otherwise (ドイツ・テレコム: テレコム is no place).
     */
    private static List<Span> countryDotPlace(String text, List<Token> tokens, Span s) {
        if (s.type() != NerClass.LOCATION && s.type().type() != dev.kiji.doc.EntityType.ORGANIZATION) return null;
        int k = NewsPostPass.tokenAt(tokens, s.start());
        if (k < 0 || k + 2 >= tokens.size() || tokens.get(k).span().start() != s.start() || !CountrySplitter.isCountry(tokens.get(k))) {
            return null;
        }
        Token dot = tokens.get(k + 1);
        if (dot.surface().length() != 1 || !isDot(dot.surface().charAt(0)) || dot.span().start() != tokens.get(k).span().end()) return null;
        Token place = tokens.get(k + 2);
        if (place.span().start() != dot.span().end() || place.span().end() != s.end() || !isPlace(tokens, place.span().start(), s.end())) {
            return null;
        }
        return List.of(new Span(s.start(), tokens.get(k).span().end(), NerClass.LOCATION),
                new Span(place.span().start(), s.end(), NerClass.LOCATION));
    }

    /** The parts between middle dots of {@code s} when the first is a place, else {@code s} alone. */
    private static List<Span> dotParts(String text, List<Token> tokens, Span s) {
        List<Span> parts = new ArrayList<>(2);
        int a = s.start();
        for (int i = s.start() + 1; i < s.end() - 1; i++) {
            if (isDot(text.charAt(i)) && !isKatakana(text.charAt(i - 1)) && !isKatakana(text.charAt(i + 1))
                    && !isDot(text.charAt(i - 1)) && !isDot(text.charAt(i + 1)) && i > a) {
                parts.add(part(tokens, a, i, s.type()));
                a = i + 1;
            }
        }
        if (parts.isEmpty() || !isPlace(tokens, s.start(), parts.get(0).end())) return List.of(s);
        parts.add(part(tokens, a, s.end(), s.type()));
        return parts;
    }

    /**
     * An organization mention joined by the particle と or や (ハヤセ製薬とくすのき薬品) is two
     * organizations of the same type: names do not contain a parallel particle between two words.
     */
    private static List<Span> splitAtParticles(List<Token> tokens, Span s) {
        int first = NewsPostPass.tokenAt(tokens, s.start());
        if (first < 0) return List.of(s);
        List<Span> parts = new ArrayList<>(2);
        int a = s.start();
        for (int k = first + 1; k < tokens.size() && tokens.get(k).span().end() < s.end(); k++) {
            Token t = tokens.get(k);
            boolean particle = (t.surface().equals("と") || t.surface().equals("や")) && t.pos().startsWith("助詞");
            if (particle && t.span().start() - a >= 2 && s.end() - t.span().end() >= 2) {
                parts.add(new Span(a, t.span().start(), s.type()));
                a = t.span().end();
            }
        }
        if (parts.isEmpty()) return List.of(s);
        parts.add(new Span(a, s.end(), s.type()));
        return parts;
    }

    private static Span part(List<Token> tokens, int a, int b, NerClass type) {
        return new Span(a, b, isPlace(tokens, a, b) ? NerClass.LOCATION : type);
    }

    /** Whether {@code [a, b)} is exactly one IPADIC place-name token. */
    private static boolean isPlace(List<Token> tokens, int a, int b) {
        int k = NewsPostPass.tokenAt(tokens, a);
        return k >= 0 && tokens.get(k).span().start() == a && tokens.get(k).span().end() == b
                && tokens.get(k).pos().startsWith("名詞-固有名詞-地域");
    }

    private static boolean isDot(char c) {
        return c == '・' || c == '･';
    }

    private static boolean isKatakana(char c) {
        return NerTagger.isKatakana(c) || (c >= 'ｦ' && c <= 'ﾟ'); // half-width too: the original text is not folded
    }
}
