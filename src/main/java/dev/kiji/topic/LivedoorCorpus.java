package dev.kiji.topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The livedoor news corpus layout (one folder per category, one article per file) and kiji's
 * mapping of its categories to IPTC groups, plus a deterministic TUNE/REPORT split so lexicon
 * work looks at one half and reported figures come from the other.
 */
public final class LivedoorCorpus {
    /** Which articles to use: all, the half looked at while building lexicons, or the held-out half. */
    public enum Half {
        ALL, TUNE, REPORT;

        public static Half parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** Category folder → the IPTC topic its articles should get as primary. */
    public static final Map<String, MediaTopic> GROUPS = Map.of(
            "sports-watch", MediaTopic.SPORT,
            "movie-enter", MediaTopic.ARTS,
            "it-life-hack", MediaTopic.SCIENCE,
            "kaden-channel", MediaTopic.SCIENCE,
            "smax", MediaTopic.SCIENCE,
            "dokujo-tsushin", MediaTopic.LIFESTYLE,
            "peachy", MediaTopic.LIFESTYLE,
            "livedoor-homme", MediaTopic.LIFESTYLE);

    /** Categories with mixed content, reported as a distribution only. */
    public static final Set<String> MIXED = Set.of("topic-news");

    private static final Set<String> NOT_ARTICLES = Set.of("LICENSE.txt", "README.txt", "CHANGES.txt");

    private LivedoorCorpus() {
    }

    /** TUNE or REPORT for a file name: the low bit of a salted SHA-1 of the name. */
    public static Half halfOf(String fileName) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1")
                    .digest(("kiji-topic-split:" + fileName).getBytes(StandardCharsets.UTF_8));
            return (h[0] & 1) == 0 ? Half.TUNE : Half.REPORT;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Article files of one category folder in the given half, sorted by name. */
    public static List<Path> articles(Path categoryDir, Half half) {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(categoryDir)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> !NOT_ARTICLES.contains(p.getFileName().toString()))
                    .filter(p -> half == Half.ALL || halfOf(p.getFileName().toString()) == half)
                    .sorted()
                    .forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** One article: line 1 URL, line 2 date, line 3 title, the rest the body. */
    public record Article(String url, String date, String title, String body) {
        /** Title and body as one text, title first on its own line. */
        public String text() {
            return title + "\n" + body;
        }
    }

    public static Article read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String url = lines.size() > 0 ? lines.get(0).strip() : "";
            String date = lines.size() > 1 ? lines.get(1).strip() : "";
            String title = lines.size() > 2 ? lines.get(2).strip() : "";
            String body = lines.size() > 3 ? String.join("\n", lines.subList(3, lines.size())) : "";
            return new Article(url, date, title, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
