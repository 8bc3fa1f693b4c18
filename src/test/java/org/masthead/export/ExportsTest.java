package org.masthead.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.cli.Main;
import org.masthead.pipeline.TestSite;

/** What a reader gets to cite a document and load it elsewhere, on a small site built through the command line. */
class ExportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path root;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = ExportSite.write(root);
        TestSite.Run run = site.build();
        assertEquals(Main.OK, run.code(), run::toString);
    }

    @Test
    void aSecurityCouncilResolutionIsCitedByOrganAndNumber() {
        Document page = site.page("S/RES/2164(2014)/index.html");
        assertEquals("Security Council resolution 2164 (2014)", page.selectFirst(".cite .citation").text());
        assertEquals("Security Council resolution 2164 (2014)", meta(page, "citation_title"));
        assertTrue(site.text("S/RES/2164(2014)/citation.bib").contains("title = {{Security Council resolution 2164 (2014)}}"));
    }

    @Test
    void aGeneralAssemblyResolutionGivesItsNumberDateAndTitle() {
        assertEquals("General Assembly resolution 68/262 of 27 March 2014, \u201cTerritorial integrity of Ukraine\u201d",
                site.page("A/RES/68/262/index.html").selectFirst(".cite .citation").text());
    }

    @Test
    void aLetterIsCitedByTitleSymbolAndDate() {
        assertEquals("Letter dated 11 September 2014 from the Secretary-General addressed to the President of the "
                        + "Security Council (S/2014/660), 12 September 2014",
                site.page("S/2014/660/index.html").selectFirst(".cite .citation").text());
    }

    @Test
    void pageLinksEachCitationFileAndTheAkn() {
        Path page = site.site("S/2014/660/index.html");
        Document doc = site.page("S/2014/660/index.html");
        List<String> hrefs = doc.select(".cite .downloads a[href]").eachAttr("href");
        assertEquals(List.of("citation.bib", "citation.ris", "citation.csl.json", "akn.xml"), hrefs);
        for (String href : hrefs) {
            assertTrue(TestSite.target(page, href).toFile().isFile(), href);
        }
        // each language version has its own files, beside its page
        assertEquals(hrefs, site.page("S/2014/660/fr/index.html").select(".cite .downloads a[href]").eachAttr("href"));
        assertTrue(site.site("S/2014/660/fr/citation.ris").toFile().isFile());
    }

    @Test
    void bibtexEscapesWhatLatexReadsAsCommands() {
        String bib = site.text("S/2014/700/citation.bib");
        assertTrue(bib.startsWith("@techreport{S_2014_700,\n"), bib);
        assertTrue(bib.contains("title = {{Report on 50\\% of \\{funds\\} \\& costs\\_total \\#3}}"), bib);
        assertTrue(bib.contains("author = {{Security Council}}"), bib);
        assertTrue(bib.contains("number = {S/2014/700}"), bib);
        assertTrue(bib.contains("institution = {United Nations}"), bib);
        assertTrue(bib.contains("year = {2014}") && bib.contains("month = oct"), bib);
        assertEquals(bib.chars().filter(c -> c == '{').count() - countEscaped(bib, '{'),
                bib.chars().filter(c -> c == '}').count() - countEscaped(bib, '}'), "braces balance: " + bib);
    }

    private static long countEscaped(String s, char c) {
        return s.split("\\\\\\" + c, -1).length - 1;
    }

    @Test
    void risIsAReportWithTheSymbolAsItsNumber() {
        String ris = site.text("S/2014/660/fr/citation.ris");
        List<String> lines = ris.lines().toList();
        assertEquals("TY  - RPRT", lines.get(0));
        assertEquals("ER  - ", lines.get(lines.size() - 1));
        assertTrue(ris.endsWith("\r\n"), "RIS lines end with CR LF");
        assertTrue(lines.contains("SN  - S/2014/660"), ris);
        assertTrue(lines.contains("AU  - Security Council"), ris);
        assertTrue(lines.contains("LA  - fr"), ris);
        assertTrue(lines.contains("DA  - 2014/09/12"), ris);
        assertTrue(lines.contains("UR  - http://localhost:8000/S/2014/660/fr/"), ris);
        assertTrue(lines.stream().allMatch(l -> l.matches("[A-Z][A-Z0-9]  - .*")), ris);
    }

    @Test
    void cslJsonIsOneReportByTheOrgan() throws Exception {
        JsonNode csl = JSON.readTree(site.text("S/RES/2164(2014)/citation.csl.json"));
        assertTrue(csl.isArray() && csl.size() == 1, csl::toString);
        JsonNode item = csl.get(0);
        assertEquals("report", item.get("type").asText());
        assertEquals("S/RES/2164 (2014)", item.get("number").asText());
        assertEquals("Security Council", item.get("author").get(0).get("literal").asText());
        assertEquals("[2014,6,25]", item.get("issued").get("date-parts").get(0).toString());
        assertEquals("http://localhost:8000/S/RES/2164(2014)/", item.get("URL").asText());
    }

    @Test
    void jobsAndLibraryRecordGiveTheOfficialRecordOfEveryVersion() {
        for (String path : List.of("S/2014/660/index.html", "S/2014/660/fr/index.html")) {
            Document page = site.page(path);
            assertEquals(List.of("https://documents.un.org/doc/undoc/gen/n14/535/41/pdf/n1453541.pdf",
                            "https://documents.un.org/doc/undoc/gen/n14/535/42/pdf/n1453542.pdf"),
                    page.select(".cite .record a[type=application/pdf]").eachAttr("href"), path);
            assertNotNull(page.selectFirst(".cite a[href=https://digitallibrary.un.org/record/778020]"), path);
            assertEquals(6, page.select(".cite .record a[href^=https://undocs.org/]").size(), path);
        }
        assertEquals("https://documents.un.org/doc/undoc/gen/n14/535/42/pdf/n1453542.pdf",
                meta(site.page("S/2014/660/fr/index.html"), "citation_pdf_url"));
        assertTrue(site.page("S/RES/2164(2014)/index.html").select(".cite .record a[type=application/pdf]").isEmpty(),
                "no job number, no PDF link");
    }

    @Test
    void aboutBoxSaysWhereTheTextComesFromInWordsAndTheJsonKeepsTheSource() throws Exception {
        Document page = site.page("S/2014/660/index.html");
        Element text = page.select(".facts dt").stream().filter(dt -> dt.text().equals("Text")).findFirst()
                .orElseThrow().nextElementSibling();
        assertEquals("Text of the official English PDF (public domain)", text.text());
        assertEquals("https://documents.un.org/doc/undoc/gen/n14/535/41/pdf/n1453541.pdf", text.selectFirst("a").attr("href"));
        assertFalse(page.select("main").text().contains("resolution.txt"), "no file name on the page");
        JsonNode json = JSON.readTree(site.text("S/2014/660/index.json"));
        assertEquals("example/undocs@0123abc en/pdfs/S/2014/660/resolution.txt (public domain)", json.get("source").asText());
        assertEquals(778020, json.get("undl").asLong());
        assertTrue(json.get("undl").isIntegralNumber());
    }

    @Test
    void metaTagsAndJsonLdDescribeTheDocument() throws Exception {
        Document page = site.page("S/2014/660/fr/index.html");
        assertEquals("Lettre datée du 11 septembre 2014, adressée au Président du Conseil de sécurité par le Secrétaire général",
                meta(page, "citation_title"));
        assertEquals("2014/09/12", meta(page, "citation_date"));
        assertEquals("S/2014/660", meta(page, "citation_technical_report_number"));
        assertEquals("Security Council", meta(page, "citation_author"));
        assertEquals("fr", meta(page, "citation_language"));
        JsonNode ld = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Report", ld.get("@type").asText());
        assertEquals("S/2014/660", ld.get("reportNumber").asText());
        assertEquals("2014-09-12", ld.get("datePublished").asText());
        assertEquals("fr", ld.get("inLanguage").asText());
        assertEquals("Security Council", ld.get("author").get("name").asText());
        assertEquals("http://localhost:8000/S/2014/660/fr/", ld.get("url").asText());
        assertEquals("https://undocs.org/fr/S/2014/660", ld.get("sameAs").get(0).asText());
    }

    private static String meta(Document page, String name) {
        Element m = page.selectFirst("meta[name=" + name + "]");
        assertNotNull(m, "no meta " + name);
        return m.attr("content");
    }
}
