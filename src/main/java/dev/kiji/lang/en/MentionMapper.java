package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Maps one CoreNLP entity mention to a kiji {@link Mention}, or {@code null} when kiji does not
 * emit it (NUMBER, ORDINAL, DURATION, SET, nationality adjectives, pronoun mentions).
 */
final class MentionMapper {
    /** Titles written before a person's name; after a name of a body or place they open the next name (JR Hokkaido President). */
    static final Set<String> TITLES = Set.of("President", "Vice", "Prime", "Minister", "Secretary",
            "Senator", "Sen.", "Rep.", "Representative", "Governor", "Gov.", "Mayor", "Chancellor", "King",
            "Queen", "Prince", "Princess", "Pope", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "General",
            "Gen.", "Chairman", "Chairwoman", "Judge", "Justice", "Ambassador", "Foreign", "Defense", "Secretary-General",
            "Emperor", "Empress", "Crown", "Yokozuna", "Ozeki", "Sekiwake", "Komusubi", "Stablemaster", "Coach",
            "Manager", "Chief", "Executive", "Officer", "Captain", "Capt.", "Colonel", "Col.", "Lieutenant", "Lt.",
            "Commodore", "Admiral", "Adm.", "Rear", "Commander", "Cmdr.", "Sergeant", "Sgt.", "Marshal");
    /** Legal forms that end a company's name: whatever CoreNLP tagged such a name, it is a company. */
    private static final Set<String> LEGAL_FORMS = Set.of("Inc.", "Inc", "Corp.", "Corp", "Co.", "Ltd.", "Ltd", "LLC",
            "Corporation", "plc", "PLC", "GmbH", "AG", "K.K.");
    /** Legal forms written without their period before the sentence's full stop, which the tokenizer split off. */
    private static final Set<String> BARE_ABBREVIATIONS = Set.of("Inc", "Corp", "Co", "Ltd");

    private MentionMapper() {
    }

    static Mention map(CoreMap mention, String text, LocalDate docDate) {
        String tag = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
        if (tag == null || tokens == null || tokens.isEmpty() || isPronoun(tokens)) {
            return null;
        }
        String value = mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        String last = tokens.get(tokens.size() - 1).word();
        if (tokens.size() > 1 && LEGAL_FORMS.contains(last) && !tag.equals("ORGANIZATION") && isName(tag)) {
            return organization(stripThe(tokens), text);
        }
        return switch (tag) {
            case "PERSON" -> mention(stripLeading(tokens, TITLES), text, EntityType.PERSON, null, null);
            case "ORGANIZATION" -> organization(stripThe(tokens), text);
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" ->
                    mention(stripThe(tokens), text, EntityType.LOCATION, null, null);
            case "MISC" -> isEvent(tokens) ? mention(stripThe(tokens), text, EntityType.EVENT, null, null) : null;
            case "DATE" -> mention(tokens, text, EntityType.DATE, null,
                    DateNormalizer.normalize(value, span(tokens).slice(text), docDate));
            case "TIME" -> mention(tokens, text, EntityType.TIME, null, value);
            case "MONEY" -> mention(tokens, text, EntityType.MONEY, null, AmountNormalizer.money(value));
            case "PERCENT" -> mention(tokens, text, EntityType.PERCENT, null, AmountNormalizer.percent(value));
            default -> null;
        };
    }

    private static Mention organization(List<CoreLabel> tokens, String text) {
        Subtype subtype = OrgWords.subtype(tokens.stream().map(CoreLabel::word).toList());
        CharSpan span = span(tokens);
        CoreLabel lastToken = tokens.get(tokens.size() - 1);
        String last = text.substring(lastToken.beginPosition(), lastToken.endPosition());
        if (BARE_ABBREVIATIONS.contains(last) && span.end() < text.length() && text.charAt(span.end()) == '.') {
            span = new CharSpan(span.start(), span.end() + 1);  // "Lawson Inc." ending a sentence
        }
        return Mention.of(span, text, EntityType.ORGANIZATION, subtype, null);
    }

    private static boolean isName(String tag) {
        return switch (tag) {
            case "PERSON", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "MISC" -> true;
            default -> false;
        };
    }

    private static boolean isEvent(List<CoreLabel> tokens) {
        return tokens.stream().anyMatch(t -> NamedPhrases.EVENT_HEADS.contains(t.word()));
    }

    private static boolean isPronoun(List<CoreLabel> tokens) {
        return tokens.stream().allMatch(t -> {
            String pos = t.tag();
            return pos != null && pos.startsWith("PRP");
        });
    }

    private static List<CoreLabel> stripThe(List<CoreLabel> tokens) {
        return tokens.size() > 1 && (tokens.get(0).word().equals("the") || tokens.get(0).word().equals("The"))
                ? tokens.subList(1, tokens.size()) : tokens;
    }

    /** Drops leading words in {@code words} but always keeps the last token. */
    private static List<CoreLabel> stripLeading(List<CoreLabel> tokens, Set<String> words) {
        int from = 0;
        while (from < tokens.size() - 1 && words.contains(tokens.get(from).word())) {
            from++;
        }
        return tokens.subList(from, tokens.size());
    }

    private static CharSpan span(List<CoreLabel> tokens) {
        return new CharSpan(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
    }

    private static Mention mention(List<CoreLabel> tokens, String text, EntityType type, Subtype subtype,
            String value) {
        return Mention.of(span(tokens), text, type, subtype, value);
    }
}
