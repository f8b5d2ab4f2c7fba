package dev.kiji.io;

import static dev.kiji.io.Reads.JA;
import static dev.kiji.io.Reads.JA2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiji.doc.Document;
import dev.kiji.doc.ErrorCode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ja"><head>
            <meta charset="utf-8">
            <title>港町で古地図展 | 架空新聞</title>
            <meta property="og:title" content="港町で古地図展">
            <meta property="article:published_time" content="2022-01-21T09:30:00+09:00">
            <link rel="canonical" href="https://news.example.jp/a/1">
            <style>p { color: red }</style><script>var x = "<p>not text</p>";</script>
            </head><body>
            <header class="site"><h1>架空新聞</h1><nav><a href="/">トップ</a> <a href="/world">国際</a></nav></header>
            <ul class="breadcrumbs"><li>ホーム</li><li>地域</li></ul>
            <article>
              <header><h1>港町で古地図展</h1><time datetime="2021-12-01">12月1日</time></header>
              <div class="share-buttons"><a>シェア</a><a>ツイート</a></div>
              <div role="Navigation">前の記事へ</div><p hidden>隠し段落</p><noscript>スクリプトを有効に</noscript>
              <p>%s</p>
              <p>%s&nbsp;<b>続報</b>を待つ&amp;見守る。<br>二行目。</p>
              <aside>関連記事：別の話</aside>
              <div id="comments"><p>コメント欄の投稿</p></div>
              <div>最後の段落　です。</div>
            </article>
            <article class="teaser"><p>別の記事の紹介文</p></article>
            <footer>© 架空新聞 <a>利用規約</a></footer>
            </body></html>
            """.formatted(JA, JA2);

    @TempDir
    Path dir;

    private Document read(String name, String html, Charset cs) throws Exception {
        return Reads.ok(Reads.one(ReadOptions.defaults(), Reads.write(dir, name, html, cs)));
    }

    @Test
    void extractsArticleWithoutNavigation() throws Exception {
        Document d = read("page.html", PAGE, StandardCharsets.UTF_8);
        assertEquals("港町で古地図展", d.title());
        assertEquals("2022-01-21", d.published());
        assertEquals("https://news.example.jp/a/1", d.url());
        assertEquals("港町で古地図展\n12月1日\n" + JA + "\n" + JA2 + "\u00A0続報を待つ&見守る。\n二行目。\n最後の段落　です。",
                d.text());
    }

    @Test
    void titleFallsBackToTitleThenH1AndDateToTimeElement() throws Exception {
        String page = "<html><head><title> 見出し </title></head><body><main><h2>小見出し</h2>"
                + "<p>本文<time datetime=\"2022-03-04T10:00:00Z\">3月4日</time>です。</p></main></body></html>";
        Document d = read("p.htm", page, StandardCharsets.UTF_8);
        assertEquals("見出し", d.title());
        assertEquals("2022-03-04", d.published());
        assertEquals("小見出し\n本文3月4日です。", d.text());
        Document h1 = read("q.html", "<body><div><h1>Only heading</h1>Loose text<p>" + Reads.EN + "</p></div></body>",
                StandardCharsets.UTF_8);
        assertEquals("Only heading", h1.title());
        assertEquals("Only heading\nLoose text\n" + Reads.EN, h1.text());
        assertNull(h1.published());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<meta name=\"pubdate\" content=\"2022/01/21\">|2022-01-21",
        "<meta name=\"DC.date.issued\" content=\"2022-01-21\">|2022-01-21",
        "<meta name=\"date\" content=\"Fri, 21 Jan 2022 10:00:00 GMT\">|2022-01-21",
        "<meta itemprop=\"datePublished\" content=\"2022年1月21日\">|2022-01-21",
        "<meta property=\"og:published_time\" content=\"2022-01-21T23:59:00-08:00\">|2022-01-21",
    })
    void publishedFromMeta(String meta, String expected) throws Exception {
        Document d = read("m.html", "<html><head>" + meta + "</head><body><p>" + JA + "</p></body></html>",
                StandardCharsets.UTF_8);
        assertEquals(expected, d.published());
        assertNull(d.title());
        assertEquals(JA, d.text());
    }

    @Test
    void metaCharsetShiftJisIsHonoured() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
                + "<title>㈱港町</title></head><body><p>" + JA + "</p></body></html>";
        Document d = read("sjis.html", page, Charset.forName("windows-31j"));
        assertEquals("㈱港町", d.title());
        assertEquals(JA, d.text());
    }

    @Test
    void unknownExtensionSniffedAsHtml() throws Exception {
        Document d = read("page.php", "\n  <!doctype HTML><html><body><p>" + JA + "</p><nav>メニュー</nav></body></html>",
                StandardCharsets.UTF_8);
        assertEquals(JA, d.text());
    }

    @Test
    void htmlWithOnlyFurnitureIsEmpty() throws Exception {
        Path p = Reads.write(dir, "nav.html", "<html><body><nav>メニュー</nav><footer>フッター</footer></body></html>",
                StandardCharsets.UTF_8);
        Reads.error(Reads.one(ReadOptions.defaults(), p), ErrorCode.EMPTY);
    }
}
