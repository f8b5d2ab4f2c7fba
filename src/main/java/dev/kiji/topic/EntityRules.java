package dev.kiji.topic;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Topic cues from entities: a rule matches an entity's type (and organization subtype) and,
 * optionally, its name (whole, prefix, suffix or substring, case-insensitive after NFKC).
 *
 * <p>File format ({@code models/topics/entity-rules.txt}), one rule a line, {@code #} comments:
 * {@code TYPE[/SUBTYPE] LANG MATCH PATTERN TOPIC WEIGHT}, where LANG is {@code ja}, {@code en} or
 * {@code *}, MATCH is {@code any|exact|prefix|suffix|contains} (PATTERN {@code *} with {@code any}),
 * TOPIC is the IPTC top-level number and TYPE may be {@code *}.
 */
final class EntityRules {
    enum Match { ANY, EXACT, PREFIX, SUFFIX, CONTAINS }

    record Rule(EntityType type, Subtype subtype, String lang, Match match, String pattern, MediaTopic topic,
            double weight) {
        boolean test(EntityType t, Subtype s, String docLang, String nameKey) {
            if (type != null && type != t) {
                return false;
            }
            if (subtype != null && subtype != s) {
                return false;
            }
            if (lang != null && !lang.equals(docLang)) {
                return false;
            }
            return switch (match) {
                case ANY -> true;
                case EXACT -> nameKey.equals(pattern);
                case PREFIX -> nameKey.startsWith(pattern);
                case SUFFIX -> nameKey.endsWith(pattern) && nameKey.length() > pattern.length();
                case CONTAINS -> nameKey.contains(pattern);
            };
        }
    }

    private final List<Rule> rules;

    private EntityRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static EntityRules load(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EntityRules parse(List<String> lines, String origin) {
        List<Rule> rules = new ArrayList<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = TopicLexicon.stripComment(raw);
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 6) {
                throw new IllegalArgumentException(origin + ":" + n + ": expected 6 fields, got " + f.length);
            }
            String[] ts = f[0].split("/");
            EntityType type = "*".equals(ts[0]) ? null : EntityType.valueOf(ts[0]);
            Subtype sub = ts.length > 1 ? Subtype.valueOf(ts[1]) : null;
            String lang = "*".equals(f[1]) ? null : f[1];
            Match m = Match.valueOf(f[2].toUpperCase(Locale.ROOT));
            String pattern = TopicLexicon.key(f[3].replace('_', ' '));
            rules.add(new Rule(type, sub, lang, m, pattern, MediaTopic.ofCode(f[4]), Double.parseDouble(f[5])));
        }
        return new EntityRules(rules);
    }

    /** Rules matching one entity or mention; several may match (each votes). */
    List<Rule> matching(EntityType type, Subtype subtype, String lang, String name) {
        String key = TopicLexicon.key(name);
        List<Rule> out = new ArrayList<>();
        for (Rule r : rules) {
            if (r.test(type, subtype, lang, key)) {
                out.add(r);
            }
        }
        return out;
    }
}
