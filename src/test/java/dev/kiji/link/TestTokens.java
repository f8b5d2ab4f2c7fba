package dev.kiji.link;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.List;

/** Hand-built Kuromoji-like tokens for the linker's tests. */
final class TestTokens {
    private TestTokens() {
    }

    /** Tokens laid end to end from offset 0: surface, reading, part of speech, repeated. */
    static List<Token> of(String... f) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < f.length; i += 3) {
            out.add(new Token(new CharSpan(at, at + f[i].length()), f[i], f[i], f[i + 2], f[i + 1]));
            at += f[i].length();
        }
        return out;
    }
}
