package org.masthead.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * The bundled archive, built once through {@code masthead build}, checked as a reader would
 * meet it: every internal link lands somewhere, citations are linked both ways, S/2014/660
 * looks like the printed document, and the Nu HTML checker finds no error on any page.
 */
class BundledArchiveTest {
    private static final String BASE_URL = "http://localhost:8000/";
    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static Path site;
    private static List<Path> pages;
    private static SiteLinks links;

    @BeforeAll
    static void build() throws IOException {
        site = BundledSite.site().toRealPath();
        links = new SiteLinks(site);
        pages = links.pages();
        assertTrue(pages.size() > 20, () -> "expected a page per bundled document, found " + pages.size());
    }

    @Test
    void everyInternalHrefAndSrcResolvesToAFileAndFragment() {
        SiteLinks.Check check = links.check();
        System.out.printf("[links] %d internal links checked on %d pages%n", check.checked(), check.pages());
        assertTrue(check.checked() > check.pages(), "expected internal links on every page");
        assertTrue(check.broken().isEmpty(), () -> check.broken().size() + " broken internal links:\n"
                + String.join("\n", check.broken()));
    }

    @Test
    void canonicalSitemapAndFeedUrlsNameBuiltFiles() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            Element canonical = page(page).selectFirst("link[rel=canonical]");
            if (canonical == null) {
                broken.add(site.relativize(page) + ": no canonical link");
            } else if (pageAt(canonical.attr("href")).isEmpty()) {
                broken.add(site.relativize(page) + ": canonical " + canonical.attr("href") + " names no page");
            }
        }
        Path sitemap = site.resolve("sitemap.xml");
        assertTrue(Files.isRegularFile(sitemap), "sitemap.xml is missing");
        Document xml = Jsoup.parse(Files.readString(sitemap), "", org.jsoup.parser.Parser.xmlParser());
        List<String> locs = xml.select("url > loc").eachText();
        assertFalse(locs.isEmpty(), "sitemap.xml lists no URL");
        for (String loc : locs) {
            if (pageAt(loc).isEmpty()) {
                broken.add("sitemap.xml: " + loc + " names no page");
            }
        }
        Document feed = Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
        for (Element link : feed.select("link[href]")) {
            String href = link.attr("href");
            if (pageAt(href).isEmpty()) {
                broken.add("feed.xml: " + href + " names no file");
            }
        }
        assertTrue(broken.isEmpty(), () -> String.join("\n", broken));
    }

    @Test
    void everyCitationBetweenDocumentPagesHasACitedByLinkBack() {
        List<String> missing = new ArrayList<>();
        int citations = 0;
        for (Path page : documentPages()) {
            Document doc = page(page);
            Set<Path> cited = new TreeSet<>();
            for (Element a : doc.select(".body a[href], section[aria-labelledby=references-heading] a[href]")) {
                resolve(page, a.attr("href")).filter(t -> !t.equals(page) && isDocumentPage(t)).ifPresent(cited::add);
            }
            for (Path target : cited) {
                citations++;
                Set<Path> citedBy = links(target, "ul.cited-by a[href]");
                if (!citedBy.contains(page)) {
                    missing.add(site.relativize(page) + " cites " + site.relativize(target)
                            + ", whose cited-by list does not link back (it has " + relative(citedBy) + ")");
                }
            }
            // and the other way: whatever a page lists as citing it does cite it
            for (Path citer : links(page, "ul.cited-by a[href]")) {
                Set<Path> itsRefs = links(citer, ".body a[href], section[aria-labelledby=references-heading] a[href]");
                if (!itsRefs.contains(page)) {
                    missing.add(site.relativize(page) + " lists " + site.relativize(citer)
                            + " as citing it, but that page has no link to it");
                }
            }
        }
        System.out.printf("[cited-by] %d citations between document pages%n", citations);
        assertTrue(citations > 0, "the bundled archive should have citations between its own documents");
        assertTrue(missing.isEmpty(), () -> String.join("\n", missing));
    }

    @Test
    void everyLanguageVersionOfTheDeclarationNamesTheOthersAndItsOwnOfficialRecord() {
        for (String lang : List.of("ar", "zh", "en", "fr", "ru", "es")) {
            Path file = site.resolve("A/RES/217(III)/" + (lang.equals("en") ? "" : lang + "/") + "index.html");
            Document page = page(file);
            assertEquals(lang, page.selectFirst("html").attr("lang"), file.toString());
            assertEquals(lang.equals("ar") ? "rtl" : "ltr", page.selectFirst("html").attr("dir"), file.toString());
            assertEquals(List.of("ar", "zh", "en", "fr", "ru", "es"),
                    page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"), "UN order, " + file);
            assertTrue(page.select("link[rel=alternate][hreflang]").eachAttr("href").stream()
                    .allMatch(h -> h.startsWith(BASE_URL + "A/RES/217(III)/")), file.toString());
            assertNotNull(page.selectFirst("a[href=https://undocs.org/" + lang + "/A/RES/217(III)]"), file.toString());
        }
    }

    @Test
    void s2014660ShowsItsMastheadAnnexAndLinkToResolution2164() {
        Path page = site.resolve("S/2014/660/index.html");
        assertTrue(Files.isRegularFile(page), "S/2014/660 has no page");
        Document doc = page(page);

        Element masthead = doc.selectFirst("main header.masthead");
        assertNotNull(masthead, "no masthead block");
        String text = masthead.text();
        for (String expected : List.of("United Nations", "S/2014/660", "Security Council", "Distr.", "General",
                "12 September 2014", "Original", "English")) {
            assertTrue(text.contains(expected), () -> "masthead lacks '" + expected + "': " + text);
        }
        assertEquals("2014-09-12", masthead.selectFirst("time").attr("datetime"));
        assertTrue(doc.title().startsWith("S/2014/660"), doc::title);
        assertTrue(doc.selectFirst("main h1").text().startsWith("Letter dated 11 September 2014"));

        Element annex = doc.getElementById("annex");
        assertNotNull(annex, "no element with id=annex");
        assertTrue(annex.text().startsWith("Annex"), annex::outerHtml);
        assertFalse(doc.select("nav.annex-list a[href=#annex]").isEmpty(), "the annex list does not link to #annex");

        Element link = doc.select(".body a[href]").stream()
                .filter(a -> a.text().contains("2164 (2014)"))
                .findFirst().orElse(null);
        assertNotNull(link, "the body has no link for resolution 2164 (2014)");
        if (Files.exists(Path.of("content/S/RES/2164(2014).md"))) {
            assertEquals(Optional.of(site.resolve("S/RES/2164(2014)/index.html")), resolve(page, link.attr("href")),
                    "resolution 2164 (2014) is bundled, so the link goes to its page");
        } else {
            assertEquals("https://undocs.org/S/RES/2164(2014)", link.attr("href"));
        }
    }

    @Test
    void nuHtmlCheckerReportsNoErrorOnAnyPage() throws Exception {
        Collector collector = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML5_SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, false, false);
        // first make sure the checker really checks: a page with a known error must be reported
        collector.file = "(self-test)";
        validator.checkHtmlInputSource(new InputSource(new StringReader(
                "<!DOCTYPE html><html lang=en><title>t</title><p><div>x</div><span id=a></span><i id=a></i>")));
        assertFalse(collector.errors.isEmpty(), "the Nu checker did not report a known error: is it working?");
        collector.errors.clear();
        collector.warnings.clear();

        long start = System.nanoTime();
        for (Path page : pages) {
            collector.file = site.relativize(page).toString();
            validator.checkHtmlFile(page.toFile(), true);
        }
        System.out.printf("[nu] %d pages checked in %d ms: %d errors, %d warnings%n", pages.size(),
                (System.nanoTime() - start) / 1_000_000, collector.errors.size(), collector.warnings.size());
        collector.warnings.forEach(w -> System.out.println("[nu] warning: " + w));
        collector.errors.forEach(e -> System.out.println("[nu] error: " + e));
        assertTrue(collector.errors.isEmpty(), () -> "the Nu HTML checker found " + collector.errors.size()
                + " errors:\n" + String.join("\n", collector.errors));
    }

    /** Gathers the checker's messages as {@code file:line:col: message}. */
    private static final class Collector implements ErrorHandler {
        String file = "";
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            warnings.add(format(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(format(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(format(e) + " (fatal)");
        }

        private String format(SAXParseException e) {
            return file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }

    // ---- helpers ----

    /** The page an absolute URL under the site's base URL names. */
    private static Optional<Path> pageAt(String absolute) {
        if (!absolute.startsWith(BASE_URL)) {
            return Optional.empty();
        }
        try {
            String path = new URI(absolute).getPath();
            return existing(site.resolve(path.substring(1)).normalize());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> existing(Path target) {
        return links.existing(target);
    }

    private static Optional<Path> resolve(Path page, String url) {
        return links.resolve(page, url);
    }

    private static List<Path> documentPages() {
        return pages.stream().filter(BundledArchiveTest::isDocumentPage).toList();
    }

    private static boolean isDocumentPage(Path page) {
        return page.getFileName().toString().equals("index.html")
                && Files.isRegularFile(page.resolveSibling("index.json"))
                && page(page).selectFirst("main.document") != null;
    }

    private static Set<Path> links(Path page, String selector) {
        return page(page).select(selector).stream()
                .map(a -> resolve(page, a.attr("href")))
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String relative(Set<Path> paths) {
        return paths.stream().map(p -> site.relativize(p).toString()).collect(Collectors.joining(", ", "[", "]"));
    }

    private static Document page(Path file) {
        return links.page(file);
    }
}
