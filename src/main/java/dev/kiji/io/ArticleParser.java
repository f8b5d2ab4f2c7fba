package dev.kiji.io;

import dev.kiji.doc.Document;
import dev.kiji.doc.DocumentException;

/** Turns the bytes of one whole-file article (plain text or HTML) into a document. */
final class ArticleParser {
    private final ReadOptions options;
    private final Limits limits;

    ArticleParser(ReadOptions options) {
        this.options = options;
        this.limits = new Limits(options.maxChars());
    }

    /** @throws DocumentException UNDECODABLE, EMPTY or TOO_LARGE */
    Document parse(byte[] bytes, Format format, String id, String source) {
        if (bytes.length == 0) {
            throw limits.empty("empty input (0 bytes)");
        }
        boolean html = format == Format.HTML || (format == Format.SNIFF && Format.looksLikeHtml(bytes));
        String text = TextDecoder.decode(bytes, options.encoding(), html);
        if (!html) {
            return PlainTextArticle.parse(text, id, source, limits);
        }
        HtmlArticle.Extracted e = HtmlArticle.extract(text);
        limits.check(e.text());
        return Document.create(id, source, e.title(), e.published(), e.url(), null, e.text());
    }
}
