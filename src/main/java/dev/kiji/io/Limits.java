package dev.kiji.io;

import dev.kiji.doc.DocumentException;
import dev.kiji.doc.ErrorCode;

/** The per-article checks every format applies to its final text. */
record Limits(int maxChars) {
    /** @throws DocumentException EMPTY for blank text, TOO_LARGE beyond {@code maxChars} */
    void check(String text) {
        if (text.length() > maxChars) {
            throw new DocumentException(ErrorCode.TOO_LARGE,
                    "text is " + text.length() + " chars, more than max-chars " + maxChars);
        }
        if (Blank.is(text)) {
            throw empty(text.isEmpty() ? "no text" : "text is whitespace only");
        }
    }

    DocumentException empty(String why) {
        return new DocumentException(ErrorCode.EMPTY, why);
    }
}
