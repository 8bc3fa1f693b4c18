package org.masthead.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.cli.Main;

/**
 * {@code build --no-exports} on the bundled archive: no citation file and no AKN file anywhere,
 * no page that links to one (every internal link still lands), the head's citation tags kept;
 * and the next build without the option writes them all again.
 */
class NoExportsTest {
    private static final List<String> EXPORTS = List.of("citation.bib", "citation.ris", "citation.csl.json", "akn.xml");

    @TempDir
    Path tmp;

    @Test
    void noExportsWritesNoExportFileAndNoLinkToOneUntilExportsAreOnAgain() throws IOException {
        Path out = tmp.resolve("site");
        build(out, "--no-exports");
        assertEquals(List.of(), exportFiles(out), "export files in a site built with --no-exports");
        SiteLinks.Check check = new SiteLinks(out.toRealPath()).check();
        assertTrue(check.checked() > check.pages(), "expected internal links on every page");
        assertTrue(check.broken().isEmpty(), () -> String.join("\n", check.broken()));
        Document page = page(out.resolve("S/2014/660/index.html"));
        assertTrue(page.select(".cite .downloads").isEmpty(), "no download links");
        assertEquals(1, page.select(".cite .citation").size(), "the citation itself stays");
        assertFalse(page.select("meta[name=citation_title]").isEmpty(), "the head's citation tags stay");
        assertEquals(1, page.select("script[type=application/ld+json]").size(), "the JSON-LD stays");

        // Nothing in the content changed, but the options did: every page is made again, with its links.
        build(out);
        // Four files beside every version, whose metadata is its index.json.
        assertEquals(4 * count(out, "index.json"), exportFiles(out).size());
        assertTrue(Files.isRegularFile(out.resolve("A/RES/217(III)/fr/akn.xml")), "a language version's own files");
        assertEquals(List.of("citation.bib", "citation.ris", "citation.csl.json", "akn.xml"),
                page(out.resolve("S/2014/660/index.html")).select(".cite .downloads a[href]").eachAttr("href"));
        SiteLinks.Check again = new SiteLinks(out.toRealPath()).check();
        assertTrue(again.broken().isEmpty(), () -> String.join("\n", again.broken()));
    }

    private static void build(Path out, String... more) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        String[] args = Stream.concat(Stream.of("build", "--content", "content", "--templates", "templates", "--out",
                out.toString()), Stream.of(more)).toArray(String[]::new);
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        assertEquals(Main.OK, code, () -> o + "\n" + e);
    }

    private static long count(Path site, String name) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.getFileName().toString().equals(name)).count();
        }
    }

    /** Every export file of a site, by path, whatever folder it is in. */
    private static List<String> exportFiles(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> EXPORTS.contains(p.getFileName().toString()))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static Document page(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    }
}
