package dev.kiji.ner;

import dev.kiji.models.Models;
import dev.kiji.dict.NameDictionary;
import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Character-level named-entity tagger over Kuromoji tokens: splits the tokens into sentences,
 * labels every NFKC character with BIO tags by Viterbi decoding, and returns typed spans in the
 * original text after a boundary post-pass. Thread-safe.
 */
public final class NerTagger {
    public static final String MODEL_FILE = "ner-ja.model.gz";
    public static final String DEFAULT_DIR = "models/ner-ja";

    private final NerModel model;
    private final FeatureExtractor extractor;
    private final NameDictionary dictionary;
    private final SpanTyper typer;

    NerTagger(NerModel model, NameDictionary dictionary) {
        this.model = model;
        this.dictionary = dictionary;
        this.extractor = new FeatureExtractor(model.config, model.config.dictionary() ? dictionary : null);
        this.typer = model.typer == null ? null : model.typer.withDictionary(dictionary);
    }

    /** Loads {@code modelDir/ner-ja.model.gz}; the dictionary is needed when the model uses it. */
    public static NerTagger load(Path modelDir, NameDictionary dictionary) throws IOException {
        try (InputStream in = Files.newInputStream(modelDir.resolve(MODEL_FILE))) {
            return new NerTagger(NerModel.load(in), dictionary);
        }
    }

    /** Loads from the classpath resource {@code models/ner-ja/ner-ja.model.gz}. */
    public static NerTagger loadResource(NameDictionary dictionary) throws IOException {
        return loadResource(NerTagger.class.getClassLoader(), dictionary);
    }

    /** Loads the resource {@code models/ner-ja/ner-ja.model.gz} from {@code loader}. */
    public static NerTagger loadResource(ClassLoader loader, NameDictionary dictionary) throws IOException {
        InputStream in = loader.getResourceAsStream(DEFAULT_DIR + "/" + MODEL_FILE);
        if (in == null) throw new IOException("no " + DEFAULT_DIR + "/" + MODEL_FILE + " on the classpath");
        try (in) {
            return new NerTagger(NerModel.load(in), dictionary);
        }
    }

    /** Loads the shipped model {@code models/ner-ja} and dictionary {@code models/enamdict} (see {@link Models}). */
    public static NerTagger loadDefault() {
        NameDictionary dict = NameDictionary.loadDefault();
        try (InputStream in = Models.open("ner-ja/" + MODEL_FILE)) {
            return new NerTagger(NerModel.load(in), dict);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve(MODEL_FILE))) {
            model.save(out);
        }
    }

    NerModel model() {
        return model;
    }

    FeatureExtractor extractor() {
        return extractor;
    }

    /** Entity spans (original-text offsets) for {@code tokens}, whose spans index {@code original}. */
    public List<Span> tag(String original, List<Token> tokens) {
        List<Span> out = new ArrayList<>();
        for (List<Token> sentence : Sentences.split(tokens)) {
            Decoded d = decode(original, sentence);
            finish(d.view(), typer == null ? d.spans() : typer.retype(d.view(), d.spans()), out);
        }
        return out;
    }

    /** One sentence as the character tagger left it: its view and its spans (view offsets) before re-typing. */
    record Decoded(CharView view, List<Span> spans) {
    }

    /** Decodes one sentence of tokens (spans into {@code original}) with the character tagger alone. */
    Decoded decode(String original, List<Token> sentence) {
        CharView v = CharView.of(original, sentence);
        float[][] em = model.emissions(extractor.extractFused(v, model.gazetteer));
        blockWhitespace(v.text, em);
        int[] y = Viterbi.decode(em, model.prepared, glued(v.text));
        return new Decoded(v, BoundaryFixer.fix(v, Bio.decode(y)));
    }

    /** Adds the sentence's final spans in original offsets to {@code out}, after the title rule. */
    void finish(CharView v, List<Span> spans, List<Span> out) {
        for (Span s : TitledNameRule.apply(v.text, spans, dictionary)) {
            int a = v.originalStart(s.start());
            int b = v.originalEnd(s.end());
            if (b > a) out.add(new Span(a, b, s.type()));
        }
    }

    /**
     * Whitespace next to a non-Latin character ends any mention (Japanese names do not contain
     * spaces; "Tim Cook" may): such positions may only be labelled O.
     */
    static void blockWhitespace(String t, float[][] em) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isWhitespace(t.charAt(i))) continue;
            boolean latinBoth = i > 0 && i + 1 < t.length() && isLatin(t.charAt(i - 1)) && isLatin(t.charAt(i + 1));
            if (latinBoth) continue;
            for (int b = 1; b < em[i].length; b++) em[i][b] = -1e9f;
        }
    }

    /**
     * Positions inside a run of katakana letters or of Latin letters, where a mention boundary is
     * almost never right (11 of 13,185 Stockmark boundaries): ロリック・カナ, not ロ + リック・カナ.
     */
    static boolean[] glued(String t) {
        boolean[] g = new boolean[t.length()];
        for (int i = 1; i < t.length(); i++) {
            char a = t.charAt(i - 1);
            char b = t.charAt(i);
            g[i] = (isKatakana(a) && isKatakana(b)) || (isLetter(a) && isLetter(b));
        }
        return g;
    }

    /** A full-width katakana letter or the long-vowel mark (the tagger's and the news rules' notion of katakana). */
    static boolean isKatakana(char c) {
        return (c >= 'ァ' && c <= 'ヺ') || c == 'ー';
    }

    /** {@code s[a, b)} is not empty and all {@link #isKatakana katakana}, and middle dots where {@code dots}. */
    static boolean katakanaRun(String s, int a, int b, boolean dots) {
        for (int i = a; i < b; i++) {
            char c = s.charAt(i);
            if (!isKatakana(c) && !(dots && c == '・')) return false;
        }
        return b > a;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '&';
    }

    /** Tokenizes {@code text} (NFKC-normalized internally, like the pipeline) and tags it. */
    public List<Span> tagText(String text) {
        return tag(text, tokenizeNormalized(text));
    }

    /** Kuromoji tokens of the NFKC form of {@code text}, with spans mapped back onto {@code text}. */
    static List<Token> tokenizeNormalized(String text) {
        StringBuilder norm = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String n = java.text.Normalizer.normalize(text.substring(i, next), java.text.Normalizer.Form.NFKC);
            for (int k = 0; k < n.length(); k++) {
                starts.add(i);
                ends.add(next);
            }
            norm.append(n);
            i = next;
        }
        List<Token> out = new ArrayList<>();
        for (Token t : KuromojiTokens.tokenize(norm.toString())) {
            int a = starts.get(t.span().start());
            int b = ends.get(t.span().end() - 1);
            String surface = text.substring(a, b);
            out.add(new Token(new CharSpan(a, b), surface, t.lemma(), t.pos(), t.reading()));
        }
        return out;
    }
}
