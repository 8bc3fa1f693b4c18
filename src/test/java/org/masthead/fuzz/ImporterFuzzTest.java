package org.masthead.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.masthead.diag.Diagnostics;
import org.masthead.importer.ImportedDocument;
import org.masthead.importer.Importer;
import org.masthead.link.ReferenceFinder;
import org.masthead.model.Symbol;
import org.masthead.read.DocumentReader;
import org.masthead.read.RawTextReader;
import org.masthead.scan.SourceFile;

/**
 * The importer's public entry, {@link Importer#importText}, on published texts broken at random
 * (lines lost, doubled, pieces put in) and on made-up text: no exception escapes; a text gives a
 * document whose Markdown the build reads back without an exception, or an error.
 */
class ImporterFuzzTest {
    private static final Path FILE = Path.of("content/S_2014_660.txt");
    private static final List<String> TEXTS = texts();

    private final Importer importer = new Importer();
    private final DocumentReader reader = new DocumentReader(new ReferenceFinder(), RawTextReader.unsupported());

    /** Every twentieth published text of the test corpus: letters, reports, resolutions. */
    private static List<String> texts() {
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/corpus"))) {
            List<Path> all = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            return java.util.stream.IntStream.range(0, all.size()).filter(i -> i % 20 == 0)
                    .mapToObj(i -> read(all.get(i))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String publishedText(Random r) {
        if (r.nextInt(5) == 0) {
            return Fragments.text(r, 80);
        }
        String text = TEXTS.get(r.nextInt(TEXTS.size()));
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        for (int i = r.nextInt(6); i > 0 && !lines.isEmpty(); i--) {
            int at = r.nextInt(lines.size());
            switch (r.nextInt(4)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(r.nextInt(lines.size())));
                case 2 -> lines.set(at, Fragments.mutate(r, lines.get(at)));
                default -> lines.add(at, Fragments.text(r, 5));
            }
        }
        return String.join("\n", lines);
    }

    @Test
    void importsAnyTextIntoAReadableDocumentOrAnError() {
        int n = Fuzz.check("importer", Fuzz.tries(500), ImporterFuzzTest::publishedText, this::wellFormed);
        System.out.println("[fuzz] Importer.importText: " + n + " inputs");
    }

    void wellFormed(String text) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<ImportedDocument> doc = importer.importText(FILE, text, diagnostics);
        if (doc.isEmpty()) {
            assertTrue(diagnostics.hasErrors(), "a text left out says why");
            return;
        }
        ImportedDocument d = doc.get();
        assertNotNull(d.markdown());
        assertEquals(d.symbol(), Symbol.parse(d.symbol().text()).symbol().orElseThrow());
        // What the importer writes, the build reads: errors there are the importer's to fix, an exception is not allowed.
        reader.read(new SourceFile(Path.of("content/S/2014/660.md"), "S/2014/660.md"),
                d.markdown().getBytes(StandardCharsets.UTF_8), new Diagnostics());
    }
}
