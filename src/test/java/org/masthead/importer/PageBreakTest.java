package org.masthead.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.masthead.diag.Diagnostics;

/**
 * Published text comes with the page breaks' form feeds (pdftotext) or without them (copied
 * from a PDF viewer): both must import alike. Every text of 2014 that has form feeds is imported
 * as it is and with its form feeds removed.
 */
class PageBreakTest {

    @Test
    void textWithoutFormFeedsImportsAsTheSameTextWithThem() throws IOException {
        List<Path> withFeeds;
        try (Stream<Path> files = Files.list(ImporterGoldenTest.CORPUS.resolve("undocs-2014"))) {
            withFeeds = files.filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith(".date.txt"))
                    .filter(p -> read(p).indexOf('\f') >= 0).sorted().toList();
        }
        assertTrue(withFeeds.size() >= 15, "texts with form feeds: " + withFeeds.size());
        Importer importer = new Importer();
        for (Path file : withFeeds) {
            String text = read(file);
            String with = importer.importText(file, text, new Diagnostics()).orElseThrow().markdown();
            String without = importer.importText(file, text.replace("\f", ""), new Diagnostics()).orElseThrow().markdown();
            assertEquals(with, without, file.toString());
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
