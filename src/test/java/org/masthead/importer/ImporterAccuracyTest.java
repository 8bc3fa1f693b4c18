package org.masthead.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.masthead.diag.Diagnostics;
import org.masthead.model.Symbol;

/**
 * Imports every text of the corpus and compares it with values written down by reading each
 * document (src/test/resources/importer/expected/corpus.tsv): seven fields per document and the
 * references the text makes. A field the document does not print is expected empty.
 */
class ImporterAccuracyTest {

    private static final Path EXPECTED = Path.of("src/test/resources/importer/expected/corpus.tsv");
    private static final String[] FIELDS = {"symbol", "date", "distribution", "original", "type", "title", "signatories"};

    @Test
    void importsFieldsAndReferencesOfTheWholeCorpus() throws IOException {
        List<String[]> rows = Files.readAllLines(EXPECTED, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t", -1)).toList();
        try (Stream<Path> corpus = Files.walk(ImporterGoldenTest.CORPUS)) {
            long texts = corpus.filter(p -> p.toString().endsWith(".txt")).count();
            assertEquals(texts, rows.size(), "every text of the corpus has its expected values");
        }
        Importer importer = new Importer();
        int fields = 0;
        int right = 0;
        int refs = 0;
        int found = 0;
        List<String> wrong = new ArrayList<>();
        for (String[] row : rows) {
            Path file = ImporterGoldenTest.CORPUS.resolve(row[0]);
            ImportedDocument doc = importer.importText(file, Files.readString(file, StandardCharsets.UTF_8),
                    new Diagnostics()).orElse(null);
            String[] got = doc == null ? new String[FIELDS.length] : actual(doc.metadata());
            for (int i = 0; i < FIELDS.length; i++) {
                fields++;
                if (Objects.equals(row[i + 1], got[i] == null ? "" : got[i])) {
                    right++;
                } else {
                    wrong.add(row[0] + " " + FIELDS[i] + ": expected '" + row[i + 1] + "', got '" + got[i] + "'");
                }
            }
            for (String ref : row[8].isEmpty() ? new String[0] : row[8].split("; ")) {
                refs++;
                if (doc != null && doc.references().contains(Symbol.of(ref))) {
                    found++;
                } else {
                    wrong.add(row[0] + " reference not found: " + ref);
                }
            }
        }
        double fieldAccuracy = 100.0 * right / fields;
        double recall = 100.0 * found / refs;
        System.out.printf("importer accuracy over %d documents: fields %d/%d = %.1f%%, references %d/%d = %.1f%%%n",
                rows.size(), right, fields, fieldAccuracy, found, refs, recall);
        wrong.forEach(w -> System.out.println("  " + w));
        assertTrue(fieldAccuracy >= 95.0, "field accuracy " + fieldAccuracy);
        assertTrue(recall >= 95.0, "reference recall " + recall);
    }

    private static String[] actual(Metadata m) {
        List<String> names = new ArrayList<>();
        m.signatories().forEach(s -> names.add(s.name()));
        m.annexes().forEach(a -> a.signatories().forEach(s -> names.add(s.name())));
        return new String[] {m.symbol().text(), m.date() == null ? "" : m.date().toString(),
                m.distribution() == null ? "" : m.distribution().label(), m.original(), m.type().key(), m.title(),
                String.join("; ", names)};
    }
}
