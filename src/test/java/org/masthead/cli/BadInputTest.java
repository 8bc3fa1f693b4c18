package org.masthead.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.masthead.cli.BrokenSite.assertDiagnostic;
import static org.masthead.pipeline.TestSite.doc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.pipeline.TestSite;

/**
 * Broken content through {@link Main#run}: exit code 1, one {@code path:line:col: error: message}
 * line per problem naming the file and line, and the previous site left byte for byte as it was.
 */
class BadInputTest {

    @TempDir
    Path tmp;

    private BrokenSite broken;
    private TestSite site;

    /** A good site, built: every test then breaks it and builds again. */
    @BeforeEach
    void buildAGoodSite() {
        broken = new BrokenSite(tmp);
        site = broken.site;
    }

    private String at(String relative, int line) {
        return broken.at(relative, line);
    }

    /** Builds the broken site and checks the common promises; returns the error output. */
    private String buildFails() {
        return broken.buildFailsWhenRendered();
    }

    @Test
    void malformedYamlIsReportedOnItsLine() {
        site.file("S/2014/661.md", """
                ---
                symbol: S/2014/661
                title: Letter
                date: 2014-09-12
                  distribution: General
                ---

                Text.
                """);
        String err = buildFails();
        assertDiagnostic(err, at("S/2014/661.md", 5), "error", "malformed YAML");
    }

    @Test
    void unclosedQuoteIsReportedAtTheQuote() {
        site.file("S/2014/661.md", "---\nsymbol: S/2014/661\ntitle: \"Letter\ndate: 2014-09-12\ndistribution: General\n---\n\nText.\n");
        assertDiagnostic(buildFails(), at("S/2014/661.md", 3) + "8:", "error", "malformed YAML", "quoted scalar that starts here");
    }

    @Test
    void unclosedListIsReportedWhereItStartsInOneLine() {
        site.file("S/2014/661.md", """
                ---
                symbol: S/2014/661
                title: Letter
                date: 2014-09-12
                distribution: General
                subjects: [Mali
                ---

                Text.
                """);
        String err = buildFails();
        // Line and column of the '[' in the file, not SnakeYAML's count from the start of the YAML.
        assertDiagnostic(err, at("S/2014/661.md", 6) + "11:", "error", "malformed YAML",
                "expected ',' or ']'", "the end of the front matter", "flow sequence that starts here");
        assertEquals(1, err.lines().filter(l -> l.contains("661.md")).count(), "one diagnostic:\n" + err);
        assertFalse(err.contains("in 'reader'") || err.contains("^"), "no SnakeYAML drawing:\n" + err);
    }

    @Test
    void aBadValueIsReportedAtItsColumn() {
        site.file("S/2014/661.md", """
                ---
                symbol: S/2014/661
                title: Letter
                date:   2014-02-30
                distribution: Secret
                type: lettre
                ---

                Text.
                """);
        String err = buildFails();
        assertDiagnostic(err, at("S/2014/661.md", 4) + "9:", "error", "not a real date");
        assertDiagnostic(err, at("S/2014/661.md", 5) + "15:", "error", "unknown distribution 'Secret'");
        assertDiagnostic(err, at("S/2014/661.md", 6) + "7:", "error", "unknown type 'lettre'");
    }

    @Test
    void missingSymbolIsAnError() {
        site.file("S/2014/661.md", """
                ---
                title: Letter
                date: 2014-09-12
                distribution: General
                ---

                Text.
                """);
        assertDiagnostic(buildFails(), at("S/2014/661.md", 2), "error", "missing required key 'symbol'");
    }

    @Test
    void impossibleDateIsReportedOnTheDateLine() {
        site.file("S/2014/661.md", """
                ---
                symbol: S/2014/661
                title: Letter
                date: 2014-02-30
                distribution: General
                ---

                Text.
                """);
        assertDiagnostic(buildFails(), at("S/2014/661.md", 4), "error", "2014-02-30", "not a real date");
    }

    @Test
    void unknownDistributionIsReportedOnItsLine() {
        site.file("S/2014/661.md", """
                ---
                symbol: S/2014/661
                title: Letter
                date: 2014-09-12
                distribution: Secret
                ---

                Text.
                """);
        assertDiagnostic(buildFails(), at("S/2014/661.md", 5), "error", "unknown distribution 'Secret'");
    }

    @Test
    void duplicateSymbolNamesBothFiles() {
        site.file("S/2014/660-copy.md", doc("S/2014/660", "2014-09-13", "Another letter", "", "Text."));
        String err = buildFails();
        assertDiagnostic(err, at("S/2014/660.md", 2), "error", "duplicate symbol S/2014/660",
                broken.shown("S/2014/660-copy.md"));
    }

    @Test
    void duplicateSymbolIsReportedOnTheSymbolLine() {
        site.file("S/2014/660x.md", """
                ---
                title: Another letter
                date: 2014-09-13
                symbol: S/2014/660
                distribution: General
                ---

                Text.
                """);
        String err = buildFails();
        assertDiagnostic(err, at("S/2014/660x.md", 4), "error", "duplicate symbol S/2014/660",
                broken.shown("S/2014/660.md"));
    }

    @Test
    void symbolThatTriesToLeaveTheSiteIsRejected() {
        site.file("S/2014/661.md", """
                ---
                title: Letter
                symbol: S/../../etc
                date: 2014-09-12
                distribution: General
                ---

                Text.
                """);
        String err = buildFails();
        assertDiagnostic(err, at("S/2014/661.md", 3), "error", "symbol", "'..'");
        assertFalse(Files.exists(tmp.resolve("etc")));
        assertFalse(Files.exists(site.out.resolve("etc")));
    }

    @Test
    void rawScriptInABodyIsAWarningAndShownAsText() {
        site.file("S/2014/661.md", """
                ---
                symbol: S/2014/661
                title: Letter
                date: 2014-09-12
                distribution: General
                ---

                A first paragraph.

                <script>alert("x")</script>

                And a [link](javascript:alert(1)).
                """);
        TestSite.Run r = site.build();
        assertEquals(Main.OK, r.code(), r::toString);
        assertDiagnostic(r.err(), at("S/2014/661.md", 10) + "1:", "warning", "<script>");
        assertEquals(1, r.err().lines().filter(l -> l.contains("raw HTML")).count(),
                "one warning for the element, not one for each tag:\n" + r.err());
        assertDiagnostic(r.err(), at("S/2014/661.md", 12) + "12:", "warning", "script link");
        Document page = site.page("S/2014/661/index.html");
        // the one script is the page's JSON-LD, data that no browser runs, and the body's markup is escaped in it
        assertTrue(page.select("script:not([type=application/ld+json])").isEmpty(), "no script element on the page");
        assertTrue(page.select("script").stream().noneMatch(e -> e.data().contains("<")), "nothing unescaped in JSON-LD");
        assertTrue(page.select(".body").text().contains("<script>alert(\"x\")</script>"), page.select(".body").html());
        assertTrue(page.select(".body a[href]").isEmpty(), page.select(".body").html());
    }

    @Test
    void allErrorsAreReportedInOneRun() {
        site.file("A/one.md", "---\nsymbol: S/2014/701\ntitle: One\ndate: 2014-13-01\ndistribution: General\n---\n\nText.\n");
        site.file("B/two.md", "---\nsymbol: S/2014/702\ntitle: Two\ndate: 2014-09-12\ndistribution: Open\n---\n\nText.\n");
        site.file("C/three.md", "---\ntitle: Three\ndate: 2014-09-12\ndistribution: General\n---\n\nText.\n");
        String err = buildFails();
        assertDiagnostic(err, at("A/one.md", 4), "error", "date");
        assertDiagnostic(err, at("B/two.md", 5), "error", "distribution");
        assertDiagnostic(err, at("C/three.md", 2), "error", "symbol");
        assertEquals(3, err.lines().filter(l -> l.contains(": error: ")).count(), err);
        assertTrue(err.contains("3 errors"), err);
    }

    @Test
    void checkExitsZeroOnGoodContentAndWritesNothing() {
        Map<String, byte[]> everything = TestSite.snapshot(tmp);
        TestSite.Run r = site.check();
        assertEquals(Main.OK, r.code(), r::toString);
        assertTrue(r.out().contains("Checked 2 documents"), r.out());
        assertEquals(List.of(), TestSite.differences(everything, TestSite.snapshot(tmp)));
    }

    @Test
    void checkExitsOneOnBadContentAndWritesNothing() {
        site.file("S/2014/661.md", "---\nsymbol: S/2014/661\ntitle: Letter\ndate: 2014-02-30\ndistribution: General\n---\n");
        Map<String, byte[]> everything = TestSite.snapshot(tmp);
        TestSite.Run r = site.check();
        assertEquals(Main.CONTENT_ERRORS, r.code(), r::toString);
        assertDiagnostic(r.err(), at("S/2014/661.md", 4), "error", "not a real date");
        // The two good documents were read; the broken one is counted where its error is.
        assertTrue(r.out().contains("Checked: 1 error in 1 file; 2 documents without errors."), r.out());
        assertEquals(List.of(), TestSite.differences(everything, TestSite.snapshot(tmp)));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(Main.USAGE, site.run().code(), "no command");
        assertEquals(Main.USAGE, site.run("frobnicate").code(), "unknown command");
        TestSite.Run r = site.run("build", "--no-such-option");
        assertEquals(Main.USAGE, r.code(), r::toString);
        assertTrue(r.err().contains("--no-such-option"), r.err());
        assertEquals(Main.USAGE, site.run("serve", "--port", "not-a-number").code());
        broken.assertUnchanged();
    }

    @Test
    void helpExitsZero() {
        TestSite.Run r = site.run("build", "--help");
        assertEquals(Main.OK, r.code(), r::toString);
        assertTrue(r.out().contains("--content"), r.out());
    }

    @Test
    void missingContentFolderIsAnError() {
        TestSite.Run r = site.run("build", "--content", tmp.resolve("nowhere").toString(), "--out", site.out.toString());
        assertEquals(Main.CONTENT_ERRORS, r.code(), r::toString);
        assertTrue(r.err().contains("content folder does not exist"), r.err());
        broken.assertUnchanged();
    }
}
