package dev.kiji.ner;

/**
 * Low-cardinality feature templates whose weight rows are summed into small tables when a model
 * loads, so that tagging adds one tabulated row per group instead of looking up and adding each
 * template's row: the bias with the character-class templates of the character and its
 * neighbours (40-42; 16 x 16 x 16 combinations), and the token-position templates (50, 63, 80:
 * position in the token, token length up to 8, unknown-word flag, character class; 1,152
 * combinations). These rows are dense (15-33 labels each) and present at every character, so
 * they were the costliest adds. Training still sees the separate features; tagging computes the
 * same sums in another order (float rounding may differ in the last bit).
 */
final class FusedTemplates {
    static final int CLASSES = 16;
    static final int CLASS_COMBOS = CLASSES * CLASSES * CLASSES;
    private static final int MAX_LEN = 8;
    static final int TOKEN_COMBOS = 2 * 4 * CLASSES * (MAX_LEN + 1);

    private final float[][] classRows;
    private final float[][] tokenRows;

    /** Tabulates the groups from {@code table}; the token group only when the model uses token features. */
    FusedTemplates(WeightTable table, int numLabels, boolean tokens) {
        classRows = new float[CLASS_COMBOS][];
        for (int i = 0; i < CLASS_COMBOS; i++) classRows[i] = table.sum(classKeys(i), new float[numLabels]);
        tokenRows = new float[tokens ? TOKEN_COMBOS : 0][];
        for (int i = 0; i < tokenRows.length; i++) tokenRows[i] = table.sum(tokenKeys(i), new float[numLabels]);
    }

    /** The class group's index for the classes of the previous, current and next character. */
    static int classIndex(int prev, int cls, int next) {
        return (prev * CLASSES + cls) * CLASSES + next;
    }

    /** The token group's index: unknown word, position in the token (0 single, 1 first, 2 inside, 3 last), class, token length. */
    static int tokenIndex(boolean unknown, int position, int cls, int tokenLength) {
        return (((unknown ? 1 : 0) * 4 + position) * CLASSES + cls) * (MAX_LEN + 1) + Math.min(tokenLength, MAX_LEN);
    }

    float[] classRow(int index) {
        return classRows[index];
    }

    float[] tokenRow(int index) {
        return tokenRows[index];
    }

    boolean hasTokenGroup() {
        return tokenRows.length > 0;
    }

    /** The hashed features of class group {@code i}, in the order the extractor emits them unfused. */
    static int[] classKeys(int i) {
        int next = i % CLASSES;
        int cls = i / CLASSES % CLASSES;
        int prev = i / (CLASSES * CLASSES);
        return new int[] {FeatureExtractor.hash(1, 0), FeatureExtractor.hash(40, cls),
            FeatureExtractor.hash(41, prev * 16 + cls), FeatureExtractor.hash(42, cls * 16 + next)};
    }

    /** The hashed features of token group {@code i}, in the order the extractor emits them unfused. */
    static int[] tokenKeys(int i) {
        int len = i % (MAX_LEN + 1);
        int cls = i / (MAX_LEN + 1) % CLASSES;
        int position = i / ((MAX_LEN + 1) * CLASSES) % 4;
        int unknown = i / ((MAX_LEN + 1) * CLASSES * 4);
        return new int[] {FeatureExtractor.hash(50, position), FeatureExtractor.hash(63, len * 5L + position),
            FeatureExtractor.hash(80, (unknown * 5L + position) * 16 + cls)};
    }
}
