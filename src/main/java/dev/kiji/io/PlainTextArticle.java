package dev.kiji.io;

import dev.kiji.doc.Document;
import java.util.regex.Pattern;

/**
 * A plain-text article. The text is the whole decoded input; the title is its first non-blank
 * line when there are at least two. A news-dump header (line 1 an http(s) URL, line 2 an ISO 8601
 * date or date-time) gives url and published, and the article then starts at the next non-blank
 * line, which is the title and stays in the text so that it has offsets.
 */
final class PlainTextArticle {
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private PlainTextArticle() {
    }

    static Document parse(String text, String id, String source, Limits limits) {
        Document dump = newsDump(text, id, source, limits);
        if (dump != null) {
            return dump;
        }
        limits.check(text);
        Lines lines = new Lines(text);
        String first = null;
        String title = null;
        for (int[] l = lines.next(); l != null; l = lines.next()) {
            String line = text.substring(l[0], l[1]);
            if (Blank.is(line)) {
                continue;
            }
            if (first == null) {
                first = line.strip();
            } else {
                title = first;
                break;
            }
        }
        return Document.create(id, source, title, null, null, null, text);
    }

    private static Document newsDump(String text, String id, String source, Limits limits) {
        Lines lines = new Lines(text);
        int[] urlLine = lines.next();
        int[] dateLine = lines.next();
        if (dateLine == null) {
            return null;
        }
        String url = text.substring(urlLine[0], urlLine[1]).strip();
        if (!URL.matcher(url).matches()) {
            return null;
        }
        String published = PublishedDate.isoLine(text.substring(dateLine[0], dateLine[1]));
        if (published == null) {
            return null;
        }
        for (int[] l = lines.next(); l != null; l = lines.next()) {
            String line = text.substring(l[0], l[1]);
            if (!Blank.is(line)) {
                String body = text.substring(l[0]);
                limits.check(body);
                return Document.create(id, source, line.strip(), published, url, null, body);
            }
        }
        throw limits.empty("nothing after the url/date header");
    }

    /** Iterates line bounds {start, end} (end excludes the terminator) over \n, \r\n and \r. */
    static final class Lines {
        private final String text;
        private int pos;

        Lines(String text) {
            this.text = text;
        }

        int[] next() {
            int len = text.length();
            if (pos >= len) {
                return null;
            }
            int start = pos;
            int i = start;
            while (i < len && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            int end = i;
            if (i < len) {
                i += text.startsWith("\r\n", i) ? 2 : 1;
            }
            pos = i;
            return new int[] {start, end};
        }
    }
}
