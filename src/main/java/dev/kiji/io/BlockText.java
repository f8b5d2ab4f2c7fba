package dev.kiji.io;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Visible text of an element with one {@code "\n"} between blocks (paragraphs, headings, list
 * items, quotes, pre, divs, table rows, {@code <br>}). Runs of whitespace inside a block collapse
 * to one space (kept verbatim in {@code <pre>}); lines are trimmed and blank lines dropped.
 */
final class BlockText implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "pre", "div", "section", "article", "main", "header", "figure",
            "figcaption", "table", "tr", "caption", "address", "hr", "center", "details", "summary", "body");
    private final StringBuilder raw = new StringBuilder();
    private int preDepth;

    private BlockText() {
    }

    static String of(Element root) {
        BlockText v = new BlockText();
        NodeTraversor.traverse(v, root);
        return v.lines();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            raw.append(preDepth > 0 ? t.getWholeText() : collapse(t.getWholeText()));
        } else if (node instanceof Element e) {
            String name = e.normalName();
            if (name.equals("br") || BLOCKS.contains(name)) {
                raw.append('\n');
            } else if (name.equals("td") || name.equals("th")) {
                raw.append(' ');
            }
            if (name.equals("pre")) {
                preDepth++;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String name = e.normalName();
            if (BLOCKS.contains(name)) {
                raw.append('\n');
            }
            if (name.equals("pre")) {
                preDepth--;
            }
        }
    }

    private static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                space = true;
            } else {
                if (space) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        if (space) {
            b.append(' ');
        }
        return b.toString();
    }

    private String lines() {
        StringBuilder out = new StringBuilder(raw.length());
        for (String line : raw.toString().split("\r?\n|\r")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(t);
            }
        }
        return out.toString();
    }
}
