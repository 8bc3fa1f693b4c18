package org.masthead.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.diag.Diagnostics;
import org.masthead.importer.Importer;

import picocli.CommandLine;

/** The import command and the importer's errors, on real files in a temporary folder. */
class ImportCommandTest {
    /** The real texts the importer is tested on (the importer's tests read the same folder). */
    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ImportCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Path copy(String corpusFile) throws IOException {
        Path target = dir.resolve("in").resolve(Path.of(corpusFile).getFileName());
        Files.createDirectories(target.getParent());
        return Files.copy(CORPUS.resolve(corpusFile), target);
    }

    @Test
    void writesOneFilePerDocumentAtItsSymbolPath() throws IOException {
        copy("undocs-en/S_2014_2_Rev.3.txt");
        copy("cr-unsc-res-gold/S_RES_0678_1990_EN_GOLD.txt");
        Path content = dir.resolve("content");
        assertEquals(0, run(dir.resolve("in").toString(), "--out", content.toString()), err::toString);
        assertTrue(Files.exists(content.resolve("S/2014/2/Rev.3.md")));
        assertTrue(Files.exists(content.resolve("S/RES/678(1990).md")));
        assertTrue(out.toString().contains("S/RES/678 (1990)\tresolution\t0 warnings"), out::toString);
        assertTrue(out.toString().contains("imported 2 documents"), out::toString);
    }

    @Test
    void fileWithoutSymbolIsAnErrorAndWritesNothing() throws IOException {
        Path in = dir.resolve("notes.txt");
        Files.writeString(in, "Some notes from a meeting.\nNothing here is a UN document.\n", StandardCharsets.UTF_8);
        Diagnostics d = new Diagnostics();
        assertTrue(new Importer().importText(in, Files.readString(in), d).isEmpty());
        assertTrue(d.hasErrors());
        Path content = dir.resolve("content");
        assertEquals(1, run(in.toString(), "--out", content.toString()));
        assertFalse(Files.exists(content));
        assertTrue(err.toString().contains("notes.txt:1:1: error: no recognisable UN document symbol"), err::toString);
    }

    @Test
    void existingFileIsNotOverwrittenWithoutForce() throws IOException {
        Path in = copy("undocs-en/S_2014_104.txt");
        Path target = dir.resolve("content/S/2014/104.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "hand-edited\n");
        assertEquals(1, run(in.toString(), "--out", dir.resolve("content").toString()));
        assertEquals("hand-edited\n", Files.readString(target));
        assertTrue(err.toString().contains("already exists; not overwritten"), err::toString);

        assertEquals(0, run(in.toString(), "--out", dir.resolve("content").toString(), "--force"));
        assertTrue(Files.readString(target).startsWith("---\nsymbol: S/2014/104\n"));
    }

    @Test
    void readsRawTextForTheLenientBuild() throws IOException {
        Path in = copy("undocs-en/S_2014_136.txt");
        Diagnostics d = new Diagnostics();
        String md = new Importer().read(in, Files.readString(in), d).orElseThrow();
        assertTrue(md.contains("from: Permanent Representative of Ukraine to the United Nations\n"), md);
        assertFalse(d.hasErrors());
    }
}
