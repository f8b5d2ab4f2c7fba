package dev.kiji.doc;

import java.util.List;

/** An IPTC Media Topic assigned to a document, with the evidence that drove it. */
public record Topic(String code, String label, String labelJa, double score, boolean primary, List<String> evidence) {
    public Topic {
        evidence = List.copyOf(evidence);
    }
}
