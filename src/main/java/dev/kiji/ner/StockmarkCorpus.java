package dev.kiji.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Stockmark Wikipedia NER data set ({@code ner.json}: array of {@code {curid, text,
 * entities:[{name, span:[start,end], type}]}}, spans in code points) with its page-level split
 * ({@code split.tsv}: index, curid, train|dev|test).
 */
final class StockmarkCorpus {
    /** One sentence with gold spans in UTF-16 offsets of {@code text}. */
    record Sample(int index, String text, List<Span> gold) {
    }

    private StockmarkCorpus() {
    }

    static List<Sample> load(Path data, Path split, String part) throws IOException {
        Map<Integer, String> parts = readSplit(split);
        JsonNode root = new ObjectMapper().readTree(data.toFile());
        if (!root.isArray()) throw new IOException(data + ": expected a JSON array");
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String p = parts.get(i);
            if (p == null) throw new IOException(split + ": no split for index " + i);
            if (!p.equals(part)) continue;
            JsonNode s = root.get(i);
            String text = s.get("text").asText();
            List<Span> gold = new ArrayList<>();
            for (JsonNode e : s.get("entities")) {
                int a = text.offsetByCodePoints(0, e.get("span").get(0).asInt());
                int b = text.offsetByCodePoints(0, e.get("span").get(1).asInt());
                if (b > a) gold.add(new Span(a, b, NerClass.ofStockmark(e.get("type").asText())));
            }
            out.add(new Sample(i, text, List.copyOf(gold)));
        }
        return out;
    }

    private static Map<Integer, String> readSplit(Path split) throws IOException {
        Map<Integer, String> m = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(split, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (line == null || !line.startsWith("index")) throw new IOException(split + ": missing header");
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t");
                if (f.length < 3) throw new IOException(split + ": bad line " + line);
                m.put(Integer.parseInt(f[0]), f[2].trim());
            }
        }
        return m;
    }
}
