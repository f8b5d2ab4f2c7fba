package dev.kiji.lang.ja;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.Layer;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Token;
import dev.kiji.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stop-gap Japanese named-entity recognizer from Kuromoji parts of speech, to be replaced by a
 * trained model. Left to right, at each token it tries: a Latin-script name ({@link LatinChunks}),
 * an organisation closed by a suffix (外務省, 民主党), a katakana name (アントニー・ブリンケン, マクロン大統領)
 * and a run of proper nouns of one kind (岸田文雄, 東京都, 組織). Titles and honorifics stay outside
 * the mention; a name found once is then found everywhere in the article
 * ({@link DiscoursePropagation}). Mentions are non-overlapping and their text is the original
 * slice. Stateless.
 */
public final class ProperNounChunker implements Stage {

    @Override
    public String name() {
        return "ner-ja-pos";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Document process(Document doc) {
        List<JaToken> tokens = new ArrayList<>(doc.tokens().size());
        for (Token t : doc.tokens()) {
            tokens.add(JaToken.of(t));
        }
        List<Mention> mentions = new ArrayList<>();
        for (Chunk c : chunks(tokens, doc.text())) {
            CharSpan span = new CharSpan(tokens.get(c.from()).start(), tokens.get(c.to() - 1).end());
            mentions.add(Mention.of(span, doc.text(), c.type(), c.subtype(), null));
        }
        return doc.withMentions(mentions);
    }

    static List<Chunk> chunks(List<JaToken> tokens, String text) {
        List<Chunk> out = new ArrayList<>();
        int i = 0;
        int floor = 0; // tokens before it belong to an earlier chunk
        while (i < tokens.size()) {
            if (tokens.get(i).isLatinWord()) {
                int end = LatinChunks.runEnd(tokens, text, i);
                out.addAll(LatinChunks.chunks(tokens, i, end));
                i = end;
                floor = end;
                continue;
            }
            Chunk c = ChunkRules.orgBySuffix(tokens, i);
            if (c == null) {
                c = ChunkRules.katakana(tokens, i);
            }
            if (c == null) {
                c = ChunkRules.properRun(tokens, i);
            }
            if (c == null) {
                i++;
                continue;
            }
            c = ChunkRules.widenOverUnknownLetters(tokens, c, floor);
            out.add(c);
            i = c.to();
            floor = i;
        }
        return DiscoursePropagation.propagate(tokens, out);
    }
}
