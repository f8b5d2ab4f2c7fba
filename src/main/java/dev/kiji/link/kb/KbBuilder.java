package dev.kiji.link.kb;

import dev.kiji.dict.NameDictionary;
import dev.kiji.doc.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the default KB reproducibly: every ISO 3166 country/territory named from the JDK's CLDR
 * display names (English and Japanese) plus news short forms, the police, labour bureaus and courts of
 * every prefecture, the hand-curated core ({@link #CURATED}: one file per area, so that each can be
 * reviewed on its own), then the ENAMDICT organizations and companies whose names none of those hold
 * ({@link EnamdictOrganizations}). Same JDK and ENAMDICT, same output.
 */
public final class KbBuilder {
    /**
     * The curated files, read in this order: the news core, then world leaders, places and organizations,
     * then Japanese people and organizations, then Japanese places, facilities, events and products. No id
     * may appear in two of them ({@code KbCuratedFilesTest}).
     */
    static final List<String> CURATED = List.of(
            "/dev/kiji/link/kb/curated.jsonl",
            "/dev/kiji/link/kb/curated-world.jsonl",
            "/dev/kiji/link/kb/curated-japan-orgs.jsonl",
            "/dev/kiji/link/kb/curated-japan-places.jsonl",
            "/dev/kiji/link/kb/curated-world-institutions.jsonl",
            "/dev/kiji/link/kb/curated-culture.jsonl",
            "/dev/kiji/link/kb/curated-japan-people.jsonl",
            "/dev/kiji/link/kb/curated-world-geo.jsonl",
            "/dev/kiji/link/kb/curated-sports.jsonl",
            "/dev/kiji/link/kb/curated-japan-municipalities.jsonl",
            "/dev/kiji/link/kb/curated-people-2.jsonl",
            "/dev/kiji/link/kb/curated-world-places-2.jsonl",
            "/dev/kiji/link/kb/curated-products.jsonl",
            "/dev/kiji/link/kb/curated-companies-2.jsonl",
            "/dev/kiji/link/kb/curated-japan-2.jsonl",
            "/dev/kiji/link/kb/curated-sports-2.jsonl",
            "/dev/kiji/link/kb/curated-world-3.jsonl",
            "/dev/kiji/link/kb/curated-japan-places-3.jsonl",
            "/dev/kiji/link/kb/curated-culture-2.jsonl",
            "/dev/kiji/link/kb/curated-anglo.jsonl",
            "/dev/kiji/link/kb/curated-japan-orgs-3.jsonl",
            "/dev/kiji/link/kb/curated-asia-2.jsonl",
            "/dev/kiji/link/kb/curated-japan-4.jsonl",
            "/dev/kiji/link/kb/curated-world-4.jsonl",
            "/dev/kiji/link/kb/curated-dev-gaps.jsonl",
            "/dev/kiji/link/kb/curated-health-finance-science.jsonl",
            "/dev/kiji/link/kb/curated-asia-pacific.jsonl",
            "/dev/kiji/link/kb/curated-regions.jsonl",
            "/dev/kiji/link/kb/curated-rail-media-europe.jsonl",
            "/dev/kiji/link/kb/curated-gaps-15.jsonl",
            "/dev/kiji/link/kb/curated-categories-15.jsonl",
            "/dev/kiji/link/kb/curated-gaps-16.jsonl",
            "/dev/kiji/link/kb/curated-categories-16.jsonl",
            "/dev/kiji/link/kb/curated-gaps-17.jsonl",
            "/dev/kiji/link/kb/curated-categories-17.jsonl",
            "/dev/kiji/link/kb/curated-gaps-18.jsonl",
            "/dev/kiji/link/kb/curated-categories-18.jsonl",
            "/dev/kiji/link/kb/curated-categories-18b.jsonl",
            "/dev/kiji/link/kb/curated-gaps-19.jsonl",
            "/dev/kiji/link/kb/curated-categories-19.jsonl",
            "/dev/kiji/link/kb/curated-categories-19b.jsonl",
            "/dev/kiji/link/kb/curated-gaps-20.jsonl",
            "/dev/kiji/link/kb/curated-categories-20.jsonl",
            "/dev/kiji/link/kb/curated-gaps-21.jsonl",
            "/dev/kiji/link/kb/curated-categories-21.jsonl",
            "/dev/kiji/link/kb/curated-gaps-22.jsonl",
            "/dev/kiji/link/kb/curated-categories-22.jsonl",
            "/dev/kiji/link/kb/curated-gaps-23.jsonl",
            "/dev/kiji/link/kb/curated-categories-23.jsonl",
            "/dev/kiji/link/kb/curated-gaps-24.jsonl",
            "/dev/kiji/link/kb/curated-categories-24.jsonl",
            "/dev/kiji/link/kb/curated-gaps-25.jsonl",
            "/dev/kiji/link/kb/curated-categories-25.jsonl",
            "/dev/kiji/link/kb/curated-gaps-26.jsonl",
            "/dev/kiji/link/kb/curated-categories-26.jsonl");

    private KbBuilder() {
    }

    /**
     * Writes the default KB to {@code out} (for {@code kiji kb build -o models/kb/kb.jsonl}), and next to it the
     * ENAMDICT name-reading table ({@link NameReadings}), the kanji on-reading table ({@link KanjiOnReadings}) and the KB's alias index ({@link KbIndexFile}); returns the KB
     * entry count.
     */
    public static int build(Path out) throws IOException {
        List<KbEntry> entries = build();
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            KbJson.write(w, entries);
        }
        try (OutputStream o = Files.newOutputStream(out.resolveSibling(NameReadings.FILE))) {
            NameReadings.build(NameDictionary.loadDefault(), o);
        }
        try (OutputStream o = Files.newOutputStream(out.resolveSibling(KanjiOnReadings.FILE))) {
            KanjiOnReadings.build(NameDictionary.loadDefault(), o);
        }
        long checksum;
        try (java.io.InputStream in = Files.newInputStream(out)) {
            checksum = KbIndexFile.checksum(in);
        }
        try (OutputStream o = Files.newOutputStream(out.resolveSibling(KbIndexFile.FILE))) {
            KnowledgeBase.of(entries).writeIndex(o, entries, checksum);
        }
        return entries.size();
    }

    /**
     * The default KB entries: countries first, then the police, labour bureaus and courts of every
     * prefecture ({@link PrefecturalBodies}), then the curated core (a curated id replaces an earlier one),
     * then ENAMDICT organizations and companies under names still free.
     */
    public static List<KbEntry> build() {
        Map<String, KbEntry> byId = new LinkedHashMap<>();
        for (KbEntry e : countries()) {
            byId.put(e.id(), e);
        }
        for (KbEntry e : PrefecturalBodies.entries()) {
            byId.put(e.id(), e);
        }
        for (KbEntry e : curated()) {
            byId.put(e.id(), e);
        }
        Set<String> taken = new HashSet<>(KnowledgeBase.of(List.copyOf(byId.values())).keys());
        for (KbEntry e : EnamdictOrganizations.entries(NameDictionary.loadDefault(), taken)) {
            byId.putIfAbsent(e.id(), e);
        }
        return List.copyOf(byId.values());
    }

    static List<KbEntry> countries() {
        List<KbEntry> out = new ArrayList<>();
        for (String cc : Locale.getISOCountries()) {
            Locale l = new Locale("", cc);
            String en = l.getDisplayCountry(Locale.ENGLISH);
            String ja = l.getDisplayCountry(Locale.JAPANESE);
            if (en.isBlank() || en.equals(cc)) {
                continue;
            }
            List<String> enAliases = new ArrayList<>(CountryNames.EN_SHORT.getOrDefault(cc, List.of()));
            List<String> jaAliases = new ArrayList<>(CountryNames.JA_SHORT.getOrDefault(cc, List.of()));
            List<String> label = CountryNames.LABELS.get(cc);
            if (label != null) {  // CLDR's name (Hong Kong SAR China) stays an alias of the name news uses
                enAliases.add(en);
                jaAliases.add(ja);
                en = label.get(0);
                ja = label.get(1);
            }
            enAliases.addAll(CountryNames.variants(en));
            jaAliases.addAll(CountryNames.variants(ja));
            enAliases.remove(en);
            jaAliases.remove(ja);
            out.add(new KbEntry(KbEntry.COUNTRY_ID_PREFIX + cc.toLowerCase(Locale.ROOT), EntityType.LOCATION, null,
                    new KbEntry.Labels(en, ja.equals(cc) ? null : ja), new KbEntry.Aliases(enAliases, jaAliases),
                    CountryNames.QID.get(cc), "country or territory (ISO 3166 " + cc + "); 国 政府"));
        }
        return out;
    }

    static List<KbEntry> curated() {
        List<KbEntry> out = new ArrayList<>();
        CURATED.forEach(file -> out.addAll(curated(file)));
        return out;
    }

    static List<KbEntry> curated(String resource) {
        InputStream in = KbBuilder.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return KbJson.read(r, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
