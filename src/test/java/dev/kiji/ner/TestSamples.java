package dev.kiji.ner;

import java.util.ArrayList;
import java.util.List;

/** Training samples built from invented sentences for the NER tests. */
final class TestSamples {
    private TestSamples() {
    }

    /** Sample {@code index} of {@code text} whose gold spans are the first occurrences of the given names with their classes. */
    static StockmarkCorpus.Sample sample(int index, String text, Object... nameAndType) {
        List<Span> gold = new ArrayList<>();
        for (int i = 0; i < nameAndType.length; i += 2) {
            String name = (String) nameAndType[i];
            int at = text.indexOf(name);
            gold.add(new Span(at, at + name.length(), (NerClass) nameAndType[i + 1]));
        }
        return new StockmarkCorpus.Sample(index, text, gold);
    }
}
