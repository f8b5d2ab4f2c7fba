package dev.kiji.io;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * An HTML article: title, publication date, url and main text without navigation.
 *
 * <p>Main content is the {@code <article>} with the most text, else {@code [role=main]}/{@code <main>}, else the
 * body. Inside it, page furniture (nav, header, footer, aside, script, style, noscript, form,
 * iframe, svg, template and elements whose role, class or id marks navigation, menus, ads, sharing,
 * breadcrumbs or comments) is dropped; an article's own {@code <header>} is kept when it holds the
 * headline. Text is built by {@link BlockText}.
 */
final class HtmlArticle {
    /** Extracted fields; {@code text} may be blank (the caller reports EMPTY). */
    record Extracted(String title, String published, String url, String text) {
    }

    private static final String FURNITURE =
            "nav, footer, aside, script, style, noscript, form, iframe, svg, template, button, select, "
                    + "[role~=(?i)^(navigation|banner|contentinfo|complementary|menu|menubar|search)$], "
                    + "[hidden], [aria-hidden=true]";
    private static final Pattern FURNITURE_NAME = Pattern.compile("(?i)(?:^|[-_\\s])(?:nav|navbar|navigation|"
            + "g?nav[a-z]*|menu|menus|menubar|breadcrumbs?|topicpath|pankuzu|share|sharing|sns|social|ad|ads|"
            + "advert|adverts|advertisement|sponsor|sponsored|comments?|disqus|related|recommend|ranking|sidebar|"
            + "cookie|banner|promo|pagination|pager|subscribe|newsletter|skip-link)(?:$|[-_\\s])");
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[property=og:published_time]",
            "meta[name=article:published_time]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[name=dcterms.date]",
            "[itemprop=datePublished]");
    private static final Set<String> CONTENT_ATTRS = Set.of("content", "datetime");

    private HtmlArticle() {
    }

    static Extracted extract(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        Element root = mainContent(page);
        String title = title(page);
        String published = published(page, root);
        String url = url(page);
        boolean article = !root.normalName().equals("body");
        for (Element e : root.select(FURNITURE)) {
            if (e != root) {
                e.remove();
            }
        }
        for (Element e : root.select("header")) {
            if (!article || e.selectFirst("h1, h2") == null) {
                e.remove();
            }
        }
        for (Element e : root.select("[class], [id]")) {
            if (e != root && e.parent() != null && isFurnitureName(e) && e.selectFirst("h1") == null) {
                e.remove();
            }
        }
        return new Extracted(title, published, url, BlockText.of(root));
    }

    private static Element mainContent(org.jsoup.nodes.Document page) {
        Element body = page.body();
        Element best = longest(body.select("article"));
        if (best == null) {
            best = longest(body.select("[role=main], main"));
        }
        return best != null ? best : body;
    }

    /** The candidate with the most text: pages often hold small teaser {@code <article>} cards too. */
    private static Element longest(List<Element> candidates) {
        Element best = null;
        int most = -1;
        for (Element e : candidates) {
            int n = e.text().length();
            if (n > most) {
                best = e;
                most = n;
            }
        }
        return best;
    }

    private static boolean isFurnitureName(Element e) {
        return FURNITURE_NAME.matcher(e.className()).find() || FURNITURE_NAME.matcher(e.id()).find();
    }

    private static String title(org.jsoup.nodes.Document page) {
        String og = attr(page.selectFirst("meta[property=og:title]"), "content");
        if (og != null) {
            return og;
        }
        String title = page.title().strip();
        if (!title.isEmpty()) {
            return title;
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    }

    private static String published(org.jsoup.nodes.Document page, Element root) {
        for (String query : DATE_META) {
            for (Element e : page.select(query)) {
                String d = PublishedDate.normalize(value(e));
                if (d != null) {
                    return d;
                }
            }
        }
        for (Element e : root.select("time[datetime]")) {
            String d = PublishedDate.normalize(e.attr("datetime"));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String value(Element e) {
        for (String a : CONTENT_ATTRS) {
            if (e.hasAttr(a)) {
                return e.attr(a);
            }
        }
        return e.text();
    }

    private static String url(org.jsoup.nodes.Document page) {
        for (String candidate : new String[] {attr(page.selectFirst("link[rel=canonical]"), "href"),
                attr(page.selectFirst("meta[property=og:url]"), "content")}) {
            if (candidate != null && candidate.matches("https?://\\S+")) {
                return candidate;
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String v = e.attr(name).strip();
        return v.isEmpty() ? null : v;
    }
}
