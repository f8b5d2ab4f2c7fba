package dev.kiji.lang;

import dev.kiji.doc.Mention;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Celestial bodies are not annotated (test-corpus conventions), though recognizers tag them as places, products or
 * organizations: the planets by name when tagged a place ({@code Mars}, {@code 火星}, {@code 地球}), any name the text
 * introduces as an asteroid, a comet or a planet ({@code the asteroid Ryugu}, {@code 小惑星リュウグウ}), and asteroids'
 * provisional designations ({@code 2001 CC21}). Used by both languages' recognizers as their last step.
 */
public final class CelestialBodies {
    private static final Set<String> PLANETS = Set.of("Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto",
            "地球", "火星", "木星", "金星", "土星", "水星", "天王星", "海王星", "冥王星");
    /** The class word before a body's name, in either language, ending right before it (a space or none between). */
    private static final Pattern INTRODUCED = Pattern.compile(
            "(?:(?i:asteroid|comet|dwarf planet|planet)\\s+|小惑星|彗星|準惑星|惑星)$");
    private static final Pattern CLASS_WORD = Pattern.compile("^(?:小惑星|彗星|準惑星|惑星).+");
    private static final Pattern DESIGNATION = Pattern.compile("(?:19|20)[0-9]{2}\\s?[A-Z]{2}[0-9]{0,3}");

    private CelestialBodies() {
    }

    /** {@code mentions} without those that name a celestial body. */
    public static List<Mention> drop(String text, List<Mention> mentions) {
        return mentions.stream().filter(m -> !celestial(text, m)).toList();
    }

    private static boolean celestial(String text, Mention m) {
        if (m.type().isValue()) {
            return false;
        }
        String t = m.text().strip();
        if (PLANETS.contains(t) && m.type() == dev.kiji.doc.EntityType.LOCATION || DESIGNATION.matcher(t).matches()
                || CLASS_WORD.matcher(t).matches()) {
            return true;
        }
        int from = Math.max(0, m.span().start() - 16);
        return INTRODUCED.matcher(text.substring(from, m.span().start())).find();
    }
}
