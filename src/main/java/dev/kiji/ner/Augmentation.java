package dev.kiji.ner;

/**
 * Training-data augmentation settings (measured on dev; models/README.md).
 *
 * @param copies        replaced copies of each training sentence with mentions ({@link MentionReplacer}); 0: none
 * @param probability   chance that a mention of a copy is replaced (at least one is)
 * @param externalShare chance that a replacement name comes from ENAMDICT/KB rather than other train sentences
 * @param dictDropout   chance that the ENAMDICT features of a gold mention's characters are hidden in training
 * @param typer         whether the span typer is trained on the augmented sentences too
 * @param sameEdges     whether a replacement name must start and end in the same script as the name it replaces
 *                      (kanji, katakana, Latin…), which keeps the boundary cues of the context realistic
 */
public record Augmentation(int copies, double probability, double externalShare, double dictDropout, boolean typer,
        boolean sameEdges) {
    /** No augmentation. */
    public static final Augmentation NONE = new Augmentation(0, 0, 0, 0, false, false);

    public Augmentation(int copies, double probability, double externalShare, double dictDropout, boolean typer) {
        this(copies, probability, externalShare, dictDropout, typer, false);
    }

    public Augmentation {
        if (copies < 0 || probability < 0 || probability > 1 || externalShare < 0 || externalShare > 1
                || dictDropout < 0 || dictDropout > 1) {
            throw new IllegalArgumentException("bad augmentation " + copies + "/" + probability + "/" + externalShare
                    + "/" + dictDropout);
        }
    }

    /** From system properties {@code ner.aug.copies|p|ext|dropout|typer|edges} (for {@link NerExperiment}). */
    static Augmentation fromSystemProperties() {
        return new Augmentation(Integer.getInteger("ner.aug.copies", 0),
                Double.parseDouble(System.getProperty("ner.aug.p", "0.5")),
                Double.parseDouble(System.getProperty("ner.aug.ext", "0.5")),
                Double.parseDouble(System.getProperty("ner.aug.dropout", "0")),
                Boolean.getBoolean("ner.aug.typer"), Boolean.getBoolean("ner.aug.edges"));
    }
}
