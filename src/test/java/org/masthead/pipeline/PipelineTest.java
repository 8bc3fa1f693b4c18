package org.masthead.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.masthead.pipeline.TestSite.doc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Symbol;
import org.w3c.dom.NodeList;

/** Whole-site tests: small sites written inline, built with the real pipeline, read back with jsoup. */
class PipelineTest {

    private static final String LETTER = """
            ---
            symbol: S/2014/660
            title: Letter dated 11 September 2014 from the Secretary-General addressed to the President of the Security Council
            type: letter
            date: 2014-09-12
            distribution: General
            original: English
            from: Secretary-General
            to: President of the Security Council
            signatories:
              - name: BAN Ki-moon
                role: Secretary-General
            annexes:
              - title: Letter dated 10 September 2014 from the Minister for Foreign Affairs of Mali
                from: Minister for Foreign Affairs of Mali
                signatories:
                  - name: Abdoulaye Diop
            subjects: [Mali, MINUSMA]
            ---

            I have the honour to transmit a letter from the Minister (see annex), following my report
            S/2014/229.

            (Signed) BAN Ki-moon

            ## Annex

            I invite you to take appropriate action pursuant to resolution 2164
            (2014).

            (Signed) Abdoulaye **Diop**
            """;

    private static final String RESOLUTION = """
            ---
            symbol: S/RES/2164 (2014)
            title: Resolution 2164 (2014)
            type: resolution
            date: 2014-06-25
            distribution: General
            subjects: [Mali]
            ---

            The Security Council, recalling its resolution 2100 (2013), ...
            """;

    @TempDir
    Path tmp;

    private TestSite malisite() {
        TestSite site = new TestSite(tmp);
        site.file("S/2014/660.md", LETTER);
        site.file("S/RES/2164(2014).md", RESOLUTION);
        TestSite.Run r = site.build();
        assertEquals(0, r.code(), r::toString);
        return site;
    }

    @Test
    void documentPageShowsTheMastheadTitleAndAnnexes() {
        TestSite site = malisite();
        Document page = site.page("S/2014/660/index.html");

        Element masthead = page.selectFirst("header.masthead");
        assertNotNull(masthead, "the page has a masthead");
        assertEquals("S/2014/660", masthead.selectFirst(".symbol").text());
        assertEquals("Security Council", masthead.selectFirst(".organ").text());
        assertTrue(masthead.text().contains("Distr.: General"), masthead.text());
        Element date = masthead.selectFirst("time");
        assertEquals("2014-09-12", date.attr("datetime"));
        assertEquals("12 September 2014", date.text());
        assertTrue(masthead.text().contains("Original: English"), masthead.text());

        assertEquals("Letter dated 11 September 2014 from the Secretary-General addressed to the President of the "
                + "Security Council", page.selectFirst("h1").text());
        assertTrue(page.title().startsWith("S/2014/660: Letter dated 11 September 2014"), page.title());
        assertFalse(page.select("meta[name=description]").attr("content").isBlank());
        assertEquals("http://localhost:8000/S/2014/660/", page.select("link[rel=canonical]").attr("href"));

        Element annex = page.getElementById("annex");
        assertNotNull(annex, "the annex heading is anchored #annex");
        assertEquals("Annex", annex.text());
        Elements listed = page.select("nav.annex-list li");
        assertEquals(1, listed.size());
        assertEquals("#annex", listed.first().selectFirst("a").attr("href"));
        assertTrue(listed.first().text().contains("Letter dated 10 September 2014 from the Minister"), listed.text());
        assertTrue(page.select("p.signature").text().contains("(Signed) BAN Ki-moon"));
        assertTrue(page.select(".about").text().contains("BAN Ki-moon, Secretary-General"), page.select(".about").text());
    }

    @Test
    void linkToAHeldDocumentIsRelativeAndTheTargetListsTheCitingDocument() {
        TestSite site = malisite();
        Path letterPage = site.site("S/2014/660/index.html");
        Document letter = site.page("S/2014/660/index.html");

        Element ref = letter.select(".body a.ref").stream().filter(a -> a.attr("title").equals("S/RES/2164 (2014)"))
                .findFirst().orElseThrow(() -> new AssertionError(letter.select(".body").html()));
        String href = ref.attr("href");
        assertEquals("../../RES/2164(2014)/index.html", href);
        assertFalse(ref.hasClass("external"));
        assertEquals(site.site("S/RES/2164(2014)/index.html"), TestSite.target(letterPage, href));
        assertEquals("resolution 2164 (2014)", ref.text(), "the reference broken across a line is one link");

        Path resolutionPage = site.site("S/RES/2164(2014)/index.html");
        Document resolution = site.page("S/RES/2164(2014)/index.html");
        Elements citedBy = resolution.select("ul.cited-by a");
        assertEquals(List.of("S/2014/660"), citedBy.eachText());
        assertEquals(letterPage, TestSite.target(resolutionPage, citedBy.first().attr("href")));
    }

    @Test
    void referenceToADocumentNotHeldGoesToUndocsMarkedExternal() {
        TestSite site = malisite();
        Document letter = site.page("S/2014/660/index.html");
        Element ref = letter.select(".body a.ref").first();
        assertEquals("S/2014/229", ref.text());
        assertEquals("https://undocs.org/S/2014/229", ref.attr("href"));
        assertTrue(ref.hasClass("external"));

        Element listed = letter.select("ul.refs a").stream().filter(a -> a.text().equals("S/2014/229")).findFirst()
                .orElseThrow();
        assertEquals("https://undocs.org/S/2014/229", listed.attr("href"));
        assertTrue(listed.hasClass("external"));

        Element resolutionRef = site.page("S/RES/2164(2014)/index.html").selectFirst(".body a.ref");
        assertEquals("https://undocs.org/S/RES/2100(2013)", resolutionRef.attr("href"));
    }

    @Test
    void languageVersionsLinkToEachOther() {
        TestSite site = new TestSite(tmp);
        site.file("S/2014/660.md", doc("S/2014/660", "2014-09-12", "Letter dated 11 September 2014", "original: English", "Text."));
        site.file("S/2014/660.fr.md", doc("S/2014/660", "2014-09-12", "Lettre datée du 11 septembre 2014",
                "language: fr\noriginal: anglais", "Texte."));
        TestSite.Run r = site.build();
        assertEquals(0, r.code(), r::toString);

        Path en = site.site("S/2014/660/index.html");
        Path fr = site.site("S/2014/660/fr/index.html");
        assertTrue(Files.isRegularFile(en) && Files.isRegularFile(fr), "both versions have a page");
        Document enPage = site.page("S/2014/660/index.html");
        Document frPage = site.page("S/2014/660/fr/index.html");
        assertEquals("en", enPage.selectFirst("html").attr("lang"));
        assertEquals("fr", frPage.selectFirst("html").attr("lang"));
        assertEquals("Lettre datée du 11 septembre 2014", frPage.selectFirst("h1").text());

        Element toFr = enPage.selectFirst("nav.versions a[lang=fr]");
        assertNotNull(toFr, enPage.select(".links").outerHtml());
        assertEquals(fr, TestSite.target(en, toFr.attr("href")));
        Element toEn = frPage.selectFirst("nav.versions a[lang=en]");
        assertNotNull(toEn, frPage.select(".links").outerHtml());
        assertEquals(en, TestSite.target(fr, toEn.attr("href")));
        assertEquals("page", frPage.selectFirst("nav.versions a[lang=fr]").attr("aria-current"));
    }

    @Test
    void familyMembersListEachOther() {
        TestSite site = new TestSite(tmp);
        site.file("S/2014/2.md", doc("S/2014/2", "2014-01-03", "Note by the President of the Security Council", "", "Text."));
        site.file("S/2014/2/Rev.3.md", doc("S/2014/2/Rev.3", "2014-08-19", "Note by the President of the Security Council",
                "", "Revised text."));
        TestSite.Run r = site.build();
        assertEquals(0, r.code(), r::toString);

        Path base = site.site("S/2014/2/index.html");
        Path rev = site.site("S/2014/2/Rev.3/index.html");
        Elements fromBase = site.page("S/2014/2/index.html").select("ul.family a");
        assertEquals(List.of("S/2014/2/Rev.3"), fromBase.eachText());
        assertEquals(rev, TestSite.target(base, fromBase.first().attr("href")));
        Elements fromRev = site.page("S/2014/2/Rev.3/index.html").select("ul.family a");
        assertEquals(List.of("S/2014/2"), fromRev.eachText());
        assertEquals(base, TestSite.target(rev, fromRev.first().attr("href")));
    }

    @Test
    void browsePagesExistForOrganYearTypeAndSubject() {
        TestSite site = malisite();
        Path letterPage = site.site("S/2014/660/index.html");
        Document letter = site.page("S/2014/660/index.html");
        List<String> facetLinks = new ArrayList<>();
        facetLinks.add(letter.selectFirst("a.organ").attr("href"));
        // the facts' own links; the one to the official record (where the text comes from) leaves the site
        letter.select(".facts a:not(.external)").forEach(a -> facetLinks.add(a.attr("href")));
        assertTrue(facetLinks.size() >= 5, "organ, type, year and two subjects: " + facetLinks);
        for (String href : facetLinks) {
            Path p = TestSite.target(letterPage, href);
            assertTrue(Files.isRegularFile(p), "the browse page exists: " + href);
            Document list = site.page(site.out.relativize(p).toString());
            assertTrue(list.select("ol.items a").eachText().contains("S/2014/660"), href + " lists the letter");
        }
        for (String facet : List.of("organ", "year", "type", "subject")) {
            assertTrue(Files.isRegularFile(site.site("browse/" + facet + "/index.html")), facet);
        }
        assertTrue(Files.isRegularFile(site.site("browse/year/2014/index.html")));
        assertEquals(List.of("S/RES/2164 (2014)", "S/2014/660"),
                site.page("browse/subject/mali/index.html").select("ol.items .symbol").eachText());
        assertTrue(Files.isRegularFile(site.site("index.html")));
        assertTrue(Files.isRegularFile(site.site("browse/index.html")));
    }

    /** 205 documents of one year: three pages of at most 100, by date then symbol. */
    @Test
    void browsePagesPaginateAtOneHundredSortedByDateThenSymbol() {
        TestSite site = new TestSite(tmp);
        List<Symbol> symbols = new ArrayList<>();
        Map<Symbol, LocalDate> dates = new java.util.HashMap<>();
        for (int i = 1; i <= 205; i++) {
            Symbol s = Symbol.of("S/2014/" + i);
            // Dates out of symbol order, with many documents on each date.
            LocalDate d = LocalDate.of(2014, 1, 1).plusDays((i * 37L) % 23);
            symbols.add(s);
            dates.put(s, d);
            site.file("S/2014/" + i + ".md", doc(s.text(), d.toString(), "Letter number " + i, "", "Text " + i + "."));
        }
        TestSite.Run r = site.build();
        assertEquals(0, r.code(), r::toString);

        symbols.sort(Comparator.comparing((Symbol s) -> dates.get(s)).thenComparing(Comparator.naturalOrder()));
        List<String> expected = symbols.stream().map(Symbol::text).toList();
        String[] pages = {"browse/year/2014/index.html", "browse/year/2014/page/2/index.html",
                "browse/year/2014/page/3/index.html"};
        List<String> listed = new ArrayList<>();
        int[] sizes = {100, 100, 5};
        for (int i = 0; i < pages.length; i++) {
            assertTrue(Files.isRegularFile(site.site(pages[i])), pages[i]);
            List<String> onPage = site.page(pages[i]).select("ol.items .symbol").eachText();
            assertEquals(sizes[i], onPage.size(), pages[i]);
            listed.addAll(onPage);
        }
        assertFalse(Files.exists(site.site("browse/year/2014/page/4/index.html")));
        assertEquals(expected, listed);

        Document first = site.page(pages[0]);
        Path firstPath = site.site(pages[0]);
        assertEquals(site.site(pages[1]), TestSite.target(firstPath, first.selectFirst("a[rel=next]").attr("href")));
        assertEquals(3, first.select("nav.pagination li a").size());
        Document last = site.page(pages[2]);
        assertEquals(site.site(pages[1]), TestSite.target(site.site(pages[2]), last.selectFirst("a[rel=prev]").attr("href")));
        assertTrue(last.select("a[rel=next]").isEmpty());
    }

    @Test
    void machineReadableFilesAreWellFormed() throws Exception {
        TestSite site = malisite();
        ObjectMapper json = new ObjectMapper();

        JsonNode catalogue = json.readTree(site.site("documents.json").toFile());
        assertTrue(catalogue.isArray());
        assertEquals(2, catalogue.size());
        List<String> symbols = new ArrayList<>();
        catalogue.forEach(n -> symbols.add(n.get("symbol").asText()));
        assertEquals(List.of("S/RES/2164 (2014)", "S/2014/660"), symbols, "by date then symbol");

        JsonNode letter = json.readTree(site.site("S/2014/660/index.json").toFile());
        for (String key : List.of("symbol", "title", "date", "distribution", "url", "references", "citedBy")) {
            assertTrue(letter.has(key), "index.json has " + key + ": " + letter);
        }
        assertEquals("S/2014/660", letter.get("symbol").asText());
        assertEquals("2014-09-12", letter.get("date").asText());
        assertEquals("http://localhost:8000/S/2014/660/", letter.get("url").asText());
        List<String> refs = new ArrayList<>();
        letter.get("references").forEach(n -> refs.add(n.get("symbol").asText()));
        assertEquals(List.of("S/2014/229", "S/RES/2164 (2014)"), refs);
        assertEquals("https://undocs.org/S/2014/229", letter.get("references").get(0).get("url").asText());
        assertEquals("http://localhost:8000/S/RES/2164(2014)/", letter.get("references").get(1).get("url").asText());

        JsonNode resolution = json.readTree(site.site("S/RES/2164(2014)/index.json").toFile());
        assertEquals("S/2014/660", resolution.get("citedBy").get(0).get("symbol").asText());
        assertEquals(catalogue.get(1), letter, "the catalogue holds the same objects as the per-document files");

        org.w3c.dom.Document feed = xml(site.site("feed.xml"));
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI());
        assertEquals(2, feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());

        org.w3c.dom.Document sitemap = xml(site.site("sitemap.xml"));
        NodeList locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertTrue(urls.contains("http://localhost:8000/S/2014/660/"), urls.toString());
        assertTrue(urls.contains("http://localhost:8000/S/RES/2164(2014)/"), urls.toString());
        assertTrue(urls.contains("http://localhost:8000/"), urls.toString());
        for (String u : urls) {
            String rel = u.substring("http://localhost:8000/".length());
            Path p = site.site(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel);
            assertTrue(Files.isRegularFile(p), "the sitemap lists only pages that exist: " + u);
        }
    }

    @Test
    void feedHoldsTheNewestFiftyNewestFirst() throws Exception {
        TestSite site = new TestSite(tmp);
        for (int i = 1; i <= 60; i++) {
            LocalDate d = LocalDate.of(2014, 1, 1).plusDays((i * 11L) % 60);
            site.file("S/2014/" + i + ".md", doc("S/2014/" + i, d.toString(), "Letter " + i, "", "Text."));
        }
        TestSite.Run r = site.build();
        assertEquals(0, r.code(), r::toString);
        org.w3c.dom.Document feed = xml(site.site("feed.xml"));
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(50, entries.getLength());
        List<String> updated = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) entries.item(i);
            updated.add(e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent());
        }
        List<String> sorted = new ArrayList<>(updated);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, updated, "newest first");
        assertEquals(LocalDate.of(2014, 1, 1).plusDays(59) + "T00:00:00Z", updated.get(0));
        assertTrue(updated.get(49).compareTo(LocalDate.of(2014, 1, 1).plusDays(10) + "T00:00:00Z") >= 0,
                "the ten oldest are left out: " + updated.get(49));
    }

    @Test
    void buildingTwiceGivesByteIdenticalOutput() {
        TestSite site = malisite();
        site.file("S/2014/660.fr.md", doc("S/2014/660", "2014-09-12", "Lettre", "language: fr", "Texte, résolution 2164 (2014)."));
        site.file("S/2014/2.md", doc("S/2014/2", "2014-01-03", "Note", "subjects: [Working methods]", "Text."));
        site.file("S/2014/2/Rev.3.md", doc("S/2014/2/Rev.3", "2014-08-19", "Note", "", "S/2014/2 revised."));
        assertEquals(0, site.build().code());
        Map<String, byte[]> first = TestSite.snapshot(site.out);
        assertEquals(0, site.build().code());
        Map<String, byte[]> second = TestSite.snapshot(site.out);
        assertTrue(first.size() > 20, "a real site was built: " + first.keySet());
        assertEquals(List.of(), TestSite.differences(first, second));

        TestSite elsewhere = new TestSite(tmp.resolve("copy"));
        elsewhere.run("build", "--content", site.content.toString(), "--out", elsewhere.out.toString(),
                "--templates", site.templates.toString());
        assertEquals(List.of(), TestSite.differences(first, TestSite.snapshot(elsewhere.out)),
                "the output does not depend on where it is written");
    }

    @Test
    void incrementalRebuildsGiveWhatACleanBuildGives() throws Exception {
        TestSite site = new TestSite(tmp.resolve("incremental"));
        site.file("S/2014/1.md", doc("S/2014/1", "2014-01-02", "First letter", "subjects: [Mali]", "See S/2014/2 and S/2014/3."));
        site.file("S/2014/2.md", doc("S/2014/2", "2014-01-03", "Second letter", "subjects: [Mali]", "Text."));
        site.file("S/2014/3.md", doc("S/2014/3", "2014-01-04", "Third letter", "", "Cites S/2014/4."));
        site.file("S/2014/4.md", doc("S/2014/4", "2014-01-05", "Fourth letter", "", "Text."));
        assertEquals(0, site.build().code());

        // A title shown on other pages, a body, a vanished and a new document; then a second round,
        // so that the site before last (the spare) is reused as well.
        site.file("S/2014/2.md", doc("S/2014/2", "2014-01-03", "Second letter, renamed", "subjects: [Mali]", "Text."));
        site.file("S/2014/3.md", doc("S/2014/3", "2014-01-04", "Third letter", "", "Cites S/2014/4 and S/2014/5."));
        Files.delete(site.content.resolve("S/2014/4.md"));
        site.file("S/2014/5.md", doc("S/2014/5", "2015-02-01", "Fifth letter", "subjects: [Chad]", "New."));
        assertEquals(0, site.build().code());
        assertSameAsCleanBuild(site, "first round");

        site.file("S/2014/1.md", doc("S/2014/1", "2014-01-02", "First letter", "subjects: [Mali]", "See S/2014/5 only."));
        assertEquals(0, site.build().code());
        assertSameAsCleanBuild(site, "second round");
        assertEquals(0, site.build().code());
        assertSameAsCleanBuild(site, "no change");
    }

    private void assertSameAsCleanBuild(TestSite site, String when) throws Exception {
        Path clean = tmp.resolve("clean-" + when.replace(' ', '-'));
        TestSite.Run r = site.run("build", "--content", site.content.toString(), "--out", clean.toString(),
                "--templates", site.templates.toString());
        assertEquals(0, r.code(), r::toString);
        Map<String, byte[]> a = TestSite.snapshot(site.out);
        Map<String, byte[]> b = TestSite.snapshot(clean);
        a.remove(".masthead-site");
        b.remove(".masthead-site");
        assertEquals(List.of(), TestSite.differences(a, b), when);
        try (var dirs = Files.walk(site.out)) {
            assertTrue(dirs.filter(Files::isDirectory).allMatch(d -> d.toFile().list().length > 0),
                    when + ": no empty folders are left behind");
        }
    }

    @Test
    void templateInTheTemplatesFolderOverridesTheBuiltInOne() throws Exception {
        TestSite site = new TestSite(tmp);
        site.file("S/2014/660.md", LETTER);
        Path theme = tmp.resolve("theme");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("document.html"), """
                <!DOCTYPE html>
                <html lang="en">
                <head><title th:text="${doc.symbol}">x</title></head>
                <body><p id="custom" th:text="|Custom: ${doc.symbol}|">x</p></body>
                </html>
                """);
        TestSite.Run r = site.buildWithTemplates(theme);
        assertEquals(0, r.code(), r::toString);
        Document page = site.page("S/2014/660/index.html");
        assertEquals("Custom: S/2014/660", page.getElementById("custom").text());
        assertTrue(page.select("header.masthead").isEmpty(), "the built-in document template was replaced");
        Document home = site.page("index.html");
        assertFalse(home.select("header.site-header").isEmpty(), "templates not overridden stay built-in");
    }

    private static org.w3c.dom.Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }
}
