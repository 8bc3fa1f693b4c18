package org.masthead.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.masthead.cli.BrokenSite.assertDiagnostic;
import static org.masthead.pipeline.TestSite.doc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile content through {@link Main#run}: each kind gets one diagnostic on its file and line, never a trace. */
class HostileInputTest {
    @TempDir
    Path tmp;

    private BrokenSite broken;

    @BeforeEach
    void buildAGoodSite() {
        broken = new BrokenSite(tmp);
    }

    private void file(String relative, String text) {
        broken.site.file(relative, text);
    }

    @Test
    void emptySymbolIsAnErrorNotASilentDrop() {
        file("S/2014/661.md", doc("\"\"", "2014-09-12", "Letter", "", "Text."));
        assertDiagnostic(broken.buildFails(), broken.at("S/2014/661.md", 2) + "9:", "error", "'symbol' is empty");
    }

    @Test
    void symbolTooLongForAFileNameIsAnErrorOnItsLine() {
        file("S/2014/661.md", doc("S/2014/" + "9".repeat(300), "2014-09-12", "Letter", "", "Text."));
        assertDiagnostic(broken.buildFails(), broken.at("S/2014/661.md", 2), "error", "307 characters long",
                "longest accepted is 100");
    }

    @Test
    void wrongShapedKeysAreErrors() {
        file("S/2014/661.md", doc("S/2014/661", "2014-09-12", "Letter", "annexes: 7", "Text."));
        file("S/2014/662.md", doc("S/2014/662", "2014-09-12", "Letter", "references: [hello world]", "Text."));
        file("S/2014/663.md", doc("S/2014/663", "2014-09-12", "Letter", "annexes:\n  - title: [a, b]", "Text."));
        file("S/2014/664.md", doc("S/2014/664", "2014-09-12", "Letter", "jobs: {en: 'not a job'}", "Text."));
        file("S/2014/665.md", doc("S/2014/665", "2014-09-12", "Letter", "undl: twelve", "Text."));
        file("S/2014/666.md", doc("S/2014/666", "2014-09-12", "Letter", "jobs: N1453541", "Text."));
        file("S/2014/667.md", doc("S/2014/667", "2014-09-12", "Letter", "vote: [1, 2]", "Text."));
        file("S/2014/668.md", doc("S/2014/668", "2014-09-12", "Letter", "annexes:\n  - title: A\n    signatories: x", "Text."));
        String err = broken.buildFails();
        assertDiagnostic(err, broken.at("S/2014/661.md", 6), "error", "'annexes' must be a list");
        assertDiagnostic(err, broken.at("S/2014/662.md", 6), "error", "references", "hello world");
        assertDiagnostic(err, broken.at("S/2014/663.md", 6), "error", "'title' in an entry of 'annexes' must be a single value");
        assertDiagnostic(err, broken.at("S/2014/664.md", 6), "error", "not a job number");
        assertDiagnostic(err, broken.at("S/2014/665.md", 6), "error", "'undl' must be a whole number");
        assertDiagnostic(err, broken.at("S/2014/666.md", 6), "error", "'jobs' must be a map");
        assertDiagnostic(err, broken.at("S/2014/667.md", 6), "error", "'vote' must be a single value");
        assertDiagnostic(err, broken.at("S/2014/668.md", 6), "error", "signatories' must be a list");
    }

    @Test
    void keysTheBuildDoesNotUseYetAreAcceptedWhenWellFormed() {
        file("S/2014/661.md", doc("S/2014/661", "2014-09-12", "Letter",
                "jobs: {en: N1453541, fr: N1453542}\nundl: 3815374\nannexes:\n  - title: A\n    colour: red", "Text."));
        String err = broken.buildWarns();
        assertEquals(1, err.lines().filter(l -> l.contains(": warning: ")).count(), err);
        assertDiagnostic(err, broken.at("S/2014/661.md", 8), "warning", "unknown key 'colour'");
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        file("S/2014/661.md", doc("S/2014/661", "2014-09-12", "Letter", "", "> ".repeat(2000) + "x"));
        assertDiagnostic(broken.buildFails(), broken.at("S/2014/661.md", 8), "error", "2000 quotes and lists");
    }

    @Test
    void deepEmphasisIsAnErrorWhenRendered() {
        file("S/2014/662.md", doc("S/2014/662", "2014-09-12", "Letter", "", "*a ".repeat(20000) + "x" + " a*".repeat(20000)));
        assertDiagnostic(broken.buildFailsWhenRendered(), broken.at("S/2014/662.md", 7), "error", "nests too deeply to render");
    }

    @Test
    void tooManyReferencesIsAWarning() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 2100; i++) {
            body.append("S/2013/").append(i).append(' ');
        }
        file("S/2014/661.md", doc("S/2014/661", "2014-09-12", "Letter", "", body.toString()));
        assertDiagnostic(broken.buildWarns(), broken.at("S/2014/661.md", 1), "warning", "cites 2100 documents",
                "first 2000");
    }

    @Test
    void aLongSubjectStillMakesAFolderName() {
        file("S/2014/661.md", doc("S/2014/661", "2014-09-12", "Letter", "subjects: [" + "Mali ".repeat(200) + "]", "Text."));
        broken.buildWarns();
        try (var s = Files.list(broken.site.out.resolve("browse/subject"))) {
            assertTrue(s.allMatch(p -> p.getFileName().toString().length() <= 100));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aHugeFileIsAnErrorAndIsNotRead() throws IOException {
        Path big = broken.site.content.resolve("S/2014/big.md");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(17L << 20);
        }
        assertDiagnostic(broken.buildFails(), broken.at("S/2014/big.md", 1), "error", "17 MB", "at most 16 MB");
    }

    @Test
    void symbolicLinkLoopsAndLinksOutAreReportedNotFollowed() throws IOException {
        Files.createSymbolicLink(broken.site.content.resolve("S/loop"), Path.of(".."));
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(outside.resolve("secret.md"), doc("S/2014/999", "2014-09-12", "Secret", "", "Text."));
        Files.createSymbolicLink(broken.site.content.resolve("S/out"), outside);
        String err = broken.buildFails();
        assertDiagnostic(err, broken.at("S/loop", 1), "error", "symbolic link loop");
        assertDiagnostic(err, broken.at("S/out", 1), "error", "out of the content folder");
    }

    @Test
    void aTemplateMistakeIsReportedInTheTemplateOnce() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("theme"));
        Files.writeString(templates.resolve("document.html"), "<html><body>\n<p th:text=\"${doc.nope.nope}\">x</p></body></html>");
        var r = broken.site.buildWithTemplates(templates);
        assertEquals(Main.CONTENT_ERRORS, r.code(), r::toString);
        BrokenSite.assertNoTrace(r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("document.html:2:")).count(), r.err());
    }

    @Test
    void machineReadableFilesEscapeMarkup() throws IOException {
        String title = "Letter </script><script>alert(1)</script> & more";
        file("S/2014/661.md", doc("S/2014/661", "2014-09-12", "'" + title + "'", "subjects: ['<b>Mali</b>']", "Text."));
        broken.buildWarns();
        for (String json : new String[] {"documents.json", "S/2014/661/index.json"}) {
            String text = broken.site.text(json);
            assertFalse(text.contains("<") || text.contains(">") || text.contains("&"), json + ":\n" + text);
            assertTrue(text.contains("Letter \\u003c/script\\u003e"), text);
        }
        JsonNode read = new ObjectMapper().readTree(broken.site.text("S/2014/661/index.json"));
        assertEquals(title, read.get("title").asText(), "the same value to any JSON parser");
        assertEquals("<b>Mali</b>", read.get("subjects").get(0).asText());
    }

    @Test
    void everyDiagnosticIsOneLineWhateverItQuotes() {
        file("S/2014/661.md", doc("S/2014/661", "2014-09-12", "Letter", "type: \"let\\nter\"\nsubjects: >", "Text."));
        file("S/2014/662.md", doc("S/2014/662", "2014-09-12", "Letter", "annexes:\n  - signatories: *\n    - name: X", "Text."));
        String err = broken.buildFails();
        assertDiagnostic(err, broken.at("S/2014/661.md", 6), "error", "unknown type 'let\\nter'");
        assertDiagnostic(err, broken.at("S/2014/661.md", 7), "warning", "'subjects' is empty");
        assertDiagnostic(err, broken.at("S/2014/662.md", 7), "error", "malformed YAML", "\\n");
        // Every line is a diagnostic, its hint, or the summary: nothing a parser wrote spills onto a line of its own.
        assertTrue(err.lines().allMatch(l -> l.matches("^.+:\\d+:\\d+: (error|warning): .+$|^  hint: .+|^\\d+ errors?, \\d+ warnings?$|^Build failed: .+")),
                err);
    }

    @Test
    void unreadableFilesAndFoldersAreReported() throws IOException {
        // Root reads everything: there the permission cannot be taken away, and the test says so.
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "runs as root: every file is readable");
        Path file = broken.site.content.resolve("S/2014/661.md");
        file("S/2014/661.md", doc("S/2014/661", "2014-09-12", "Letter", "", "Text."));
        Path folder = Files.createDirectories(broken.site.content.resolve("S/2015"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("-w-------"));
        try {
            String err = broken.buildFails();
            assertDiagnostic(err, broken.at("S/2014/661.md", 1), "error", "permission denied");
            assertDiagnostic(err, broken.at("S/2015", 1), "error", "cannot read this folder", "permission denied");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
