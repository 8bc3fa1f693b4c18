package org.masthead.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.masthead.link.LinkTarget;
import org.masthead.link.ReferenceFinder;
import org.masthead.link.UnSymbolExtension;
import org.masthead.model.Symbol;

/** Markdown to HTML through the real flexmark parser, renderer and the symbol extension. */
class MarkdownRendererTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(new ReferenceFinder());

    /** The archive of these tests holds S/2014/229 and S/RES/2164 (2014); everything else is external. */
    private static final UnSymbolExtension.Links LINKS = s -> switch (s.text()) {
        case "S/2014/229" -> new LinkTarget("../229/index.html", false);
        case "S/RES/2164 (2014)" -> new LinkTarget("../../RES/2164(2014)/index.html", false);
        default -> new LinkTarget(s.undocsUrl(), true);
    };

    private static MarkdownRenderer.Body render(String markdown) {
        return RENDERER.render(markdown, LINKS);
    }

    private static Document html(String markdown) {
        return Jsoup.parseBodyFragment(render(markdown).html());
    }

    @Test
    void referenceToAHeldDocumentBecomesARelativeLink() {
        Elements refs = html("See my report S/2014/229 on Mali.").select("a.ref");
        assertEquals(1, refs.size());
        Element a = refs.first();
        assertEquals("S/2014/229", a.text());
        assertEquals("../229/index.html", a.attr("href"));
        assertFalse(a.hasClass("external"));
    }

    @Test
    void resolutionInWordsIsLinkedWhole() {
        Element a = html("pursuant to resolution 2164 (2014).").selectFirst("a.ref");
        assertEquals("resolution 2164 (2014)", a.text());
        assertEquals("../../RES/2164(2014)/index.html", a.attr("href"));
        assertEquals("S/RES/2164 (2014)", a.attr("title"));
    }

    @Test
    void referenceToADocumentNotHeldGoesToUndocsMarkedExternal() {
        Element a = html("the statement S/PRST/2014/2 of 23 January").selectFirst("a.ref");
        assertEquals("https://undocs.org/S/PRST/2014/2", a.attr("href"));
        assertTrue(a.hasClass("external"));
        assertEquals("external", a.attr("rel"));
    }

    @Test
    void externalResolutionLinkHasNoSpaces() {
        Element a = html("resolution 2100 (2013)").selectFirst("a.ref");
        assertEquals("https://undocs.org/S/RES/2100(2013)", a.attr("href"));
    }

    @Test
    void referenceBrokenAcrossASoftLineBreakIsOneLink() {
        Document doc = html("in accordance with resolution 1645\n(2005), the Commission");
        Elements refs = doc.select("a.ref");
        assertEquals(1, refs.size(), doc.body().html());
        assertEquals("resolution 1645 (2005)", refs.first().text());
        assertEquals("https://undocs.org/S/RES/1645(2005)", refs.first().attr("href"));
        assertTrue(doc.text().contains("in accordance with resolution 1645 (2005), the Commission"), doc.text());
    }

    @Test
    void everyResolutionOfAListIsLinked() {
        Elements refs = html("resolutions 1267 (1999), 1989 (2011) and 2253 (2015)").select("a.ref");
        // The first link takes the keyword; the others are the numbers of the list.
        assertEquals(List.of("resolutions 1267 (1999)", "1989 (2011)", "2253 (2015)"), refs.eachText());
    }

    @Test
    void referencesInsideEmphasisAndHeadingsAreLinked() {
        assertEquals(1, html("*as set out in S/2014/229*").select("em a.ref").size());
        assertEquals(1, html("**S/2014/229**").select("strong a.ref").size());
        assertEquals(1, html("## Report S/2014/229").select("h2 a.ref").size());
    }

    @Test
    void referencesInTablesAreLinked() {
        Document doc = html("""
                | symbol | note |
                |---|---|
                | S/2014/229 | report |
                """);
        assertEquals(1, doc.select("td a.ref").size(), doc.body().html());
    }

    @Test
    void referencesInCodeAreNotLinked() {
        Document doc = html("Write `S/2014/229` like this.\n\n```\nresolution 2164 (2014)\n```\n\n    S/2014/660\n");
        assertEquals(0, doc.select("a").size(), doc.body().html());
        assertEquals("S/2014/229", doc.selectFirst("code").text());
    }

    @Test
    void referencesInsideExistingLinksAreNotLinkedAgain() {
        Document doc = html("[the report S/2014/229](https://example.org/report) and <https://undocs.org/S/2014/660>");
        Elements links = doc.select("a");
        assertEquals(2, links.size(), doc.body().html());
        assertEquals("https://example.org/report", links.get(0).attr("href"));
        assertEquals(0, doc.select("a a, a.ref").size(), doc.body().html());
    }

    @Test
    void rawScriptIsEscapedAndShownAsText() {
        MarkdownRenderer.Body body = render("Before\n\n<script>alert(1)</script>\n\nand inline <script>alert(2)</script> too");
        Document doc = Jsoup.parseBodyFragment(body.html());
        assertTrue(doc.select("script").isEmpty(), body.html());
        assertTrue(doc.text().contains("<script>alert(1)</script>"), doc.text());
        assertTrue(doc.text().contains("<script>alert(2)</script>"), doc.text());
        assertFalse(body.html().contains("<script"), body.html());
    }

    @Test
    void otherRawHtmlIsEscapedToo() {
        Document doc = html("<img src=x onerror=alert(1)>\n\n<a href=\"javascript:alert(1)\">x</a>");
        assertTrue(doc.select("img, a[href]").isEmpty(), doc.body().html());
    }

    @Test
    void scriptLinksLoseTheirAddress() {
        Document doc = html("[x](javascript:alert(1)) and [y](JavaScript:alert(2)) and ![z](data:text/html,hi)");
        assertTrue(doc.select("a[href], img[src]").isEmpty(), doc.body().html());
        assertTrue(doc.text().startsWith("x and y and"), "the link text stays: " + doc.text());
    }

    @Test
    void ordinaryLinksKeepTheirAddress() {
        assertEquals("https://www.un.org/", html("[UN](https://www.un.org/)").selectFirst("a").attr("href"));
    }

    @Test
    void annexHeadingsGetIdsAndAreListedInOrder() {
        MarkdownRenderer.Body body = render("""
                I have the honour to transmit ...

                ## Annex

                First annex.

                ## Annex

                Second annex.

                ### Enclosure

                An enclosure.
                """);
        Document doc = Jsoup.parseBodyFragment(body.html());
        assertEquals("Annex", doc.getElementById("annex").text());
        assertEquals("Annex", doc.getElementById("annex-1").text());
        assertEquals(List.of("annex", "annex-1", "enclosure"), body.annexes().stream().map(MarkdownRenderer.AnnexHeading::id).toList());
        assertEquals(List.of("Annex", "Annex", "Enclosure"), body.annexes().stream().map(MarkdownRenderer.AnnexHeading::text).toList());
    }

    @Test
    void numberedAnnexHeadingsKeepTheirNumbers() {
        MarkdownRenderer.Body body = render("## Annex I\n\ntext\n\n## Annex II\n\ntext\n\n## Background\n");
        assertEquals(List.of("Annex I", "Annex II"), body.annexes().stream().map(MarkdownRenderer.AnnexHeading::text).toList());
        Document doc = Jsoup.parseBodyFragment(body.html());
        for (MarkdownRenderer.AnnexHeading h : body.annexes()) {
            assertEquals(h.text(), doc.getElementById(h.id()).text());
        }
    }

    @Test
    void signatureLinesAreMarked() {
        assertEquals("(Signed) BAN Ki-moon", html("(Signed) BAN Ki-moon").selectFirst("p.signature").text());
        assertEquals("(Signé) BAN Ki-moon", html("(Signé) BAN Ki-moon").selectFirst("p.signature").text());
        // Chinese versions print the word after the name, in full-width or ASCII brackets.
        assertEquals("梅索尼（签名）", html("梅索尼（签名）").selectFirst("p.signature").text());
        assertEquals("梅索尼(签名)", html("梅索尼(签名)").selectFirst("p.signature").text());
        // A paragraph that only mentions signing is no signature line.
        assertNull(html("The letter was (Signed) by both parties and sent.").selectFirst("p.signature"));
    }

    @Test
    void arabicAnnexHeadingsWithOrWithoutTheArticleAreAnchored() {
        // Letters head their annexes "مرفق الرسالة المؤرخة …" (annex to the letter dated …), without the article.
        MarkdownRenderer.Body body = render("نص.\n\n## مرفق الرسالة المؤرخة 10 أيلول/سبتمبر 2014\n\nنص.\n\n## المرفق الثاني\n\nنص.\n\n## مرفقات\n");
        assertEquals(List.of("annex", "annex-1"), body.annexes().stream().map(MarkdownRenderer.AnnexHeading::id).toList());
    }

    @Test
    void sameInputRendersTheSameHtml() {
        String md = "Pursuant to resolution 2164 (2014) and S/2014/229.\n\n## Annex\n\ntext";
        assertEquals(render(md).html(), render(md).html());
        assertEquals(Symbol.of("S/2014/229").text(), html(md).select("a.ref").get(1).text());
    }

    @Test
    void tablesRenderWithReferencesInTheirCells() {
        Document doc = html("Votes on the draft:\n\n| Member | Vote |\n|---|---|\n| Chad | In favour, see S/2014/229 |\n");
        Element table = doc.selectFirst("table.table");
        assertTrue(table != null, doc.html());
        assertEquals(List.of("Member", "Vote"), table.select("th").eachText());
        assertEquals("S/2014/229", table.selectFirst("td a.ref").text());
    }

    @Test
    void textIsEscapedAsFlexmarkEscapesIt() {
        // The fast path (no backslash, entity or CR) and flexmark's own must agree.
        assertEquals("<p>a &lt; b &gt; c &quot;d&quot; &amp; e</p>\n", render("a < b > c \"d\" & e").html());
        assertEquals("<p>a &lt; b &gt; c &quot;d&quot; *e*</p>\n", render("a < b > c \"d\" \\*e\\*").html());
        assertEquals("<p>x &amp; y © z</p>\n", render("x &amp; y &copy; z").html());
    }

    @Test
    void voidTagsAreHtml5() {
        String html = render("First line  \nsecond line\n\n---\n\nAfter the rule.").html();
        assertTrue(html.contains("First line<br>\nsecond line"), html);
        assertTrue(html.contains("<hr>"), html);
        assertFalse(html.contains(" />"), html);
    }
}
