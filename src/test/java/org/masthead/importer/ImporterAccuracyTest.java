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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.masthead.diag.Diagnostics;
import org.masthead.model.Symbol;

/**
 * Imports every text of the corpora and compares it with values written down by reading each
 * document (src/test/resources/importer/expected/*.tsv, conventions in CONVENTIONS.md there):
 * seven fields per document and the references the text makes. A field the document does not
 * print is expected empty.
 *
 * <p>Each corpus is split, by a rule fixed before any tuning on it, into a development set and a
 * held-out set (a third: {@link #heldOut}); the scores of both are printed separately. Every miss
 * is recorded in {@code misses.txt}: a miss that is not recorded fails the test (a regression),
 * and a recorded miss that no longer happens is printed so that the record can be trimmed.
 */
class ImporterAccuracyTest {

    private static final Path EXPECTED = Path.of("src/test/resources/importer/expected");
    private static final Path MISSES = EXPECTED.resolve("misses.txt");
    private static final String[] FIELDS = {"symbol", "date", "distribution", "original", "type", "title", "signatories"};
    /** The fields issue 14 sets its 98 % target on. */
    private static final Set<String> CORE = Set.of("symbol", "date", "distribution", "type", "title");

    /** Held out: the CRC-32 of the symbol spelled by the file name ({@code S_2014_2_Rev.3} is S/2014/2/Rev.3) is divisible by 3. */
    static boolean heldOut(String file) {
        String name = Path.of(file).getFileName().toString().replaceFirst("(\\.head)?\\.txt$", "");
        CRC32 crc = new CRC32();
        crc.update(name.replace('_', '/').getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 3 == 0;
    }

    /** One set's tally. */
    private static final class Score {
        int fields;
        int right;
        int core;
        int coreRight;
        int refs;
        int found;
        int docs;
        int docsCoreRight;

        String line(String name) {
            return String.format("%-26s %3d documents: fields %d/%d = %.1f%%, symbol/date/distribution/type/title %d/%d = %.1f%%"
                    + " (documents all right %d/%d), references %d/%d = %.1f%%", name, docs, right, fields,
                    pct(right, fields), coreRight, core, pct(coreRight, core), docsCoreRight, docs, found, refs, pct(found, refs));
        }
    }

    @Test
    void importsFieldsAndReferencesOfEveryCorpus() throws IOException {
        Importer importer = new Importer();
        Set<String> misses = new TreeSet<>();
        List<String> report = new ArrayList<>();
        Score heldOut2014 = null;
        Score all = new Score();
        int docs = 0;
        for (String corpus : new String[] {"corpus", "undocs-2014"}) {
            List<String[]> rows = rows(EXPECTED.resolve(corpus + ".tsv"));
            Score dev = new Score();
            Score held = new Score();
            for (String[] row : rows) {
                score(importer, row, heldOut(row[0]) ? held : dev, misses);
            }
            docs += rows.size();
            if (corpus.equals("corpus")) {
                // Tuned on, whole, before any split existed: one score.
                all = merge(dev, held);
                report.add(all.line("corpus (all tuned on)"));
            } else {
                report.add(dev.line(corpus + " development"));
                report.add(held.line(corpus + " held out"));
            }
            if (corpus.equals("undocs-2014")) {
                heldOut2014 = held;
            }
        }
        assertEquals(texts(), docs, "every text of the corpora (but multilingual/, which prints no symbol) has a row");
        report.forEach(System.out::println);

        Set<String> recorded = new TreeSet<>(Files.readAllLines(MISSES, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).toList());
        List<String> regressions = misses.stream().filter(m -> !recorded.contains(m)).toList();
        List<String> fixed = recorded.stream().filter(m -> !misses.contains(m)).toList();
        System.out.println("misses: " + misses.size() + " (recorded " + recorded.size() + ", new " + regressions.size()
                + ", no longer missed " + fixed.size() + ")");
        // Held-out misses are counted, not shown: reading them would be tuning on them.
        fixed.stream().filter(ImporterAccuracyTest::shown)
                .forEach(m -> System.out.println("  no longer missed, remove from misses.txt: " + m));
        regressions.stream().filter(ImporterAccuracyTest::shown).forEach(m -> System.out.println("  NEW MISS: " + m));
        assertTrue(regressions.isEmpty(), regressions.size() + " misses not in " + MISSES + ", first: "
                + regressions.stream().findFirst().orElse(""));
        assertTrue(pct(heldOut2014.coreRight, heldOut2014.core) >= 98.0, "held-out symbol/date/distribution/type/title");
        assertTrue(pct(heldOut2014.found, heldOut2014.refs) >= 97.0, "held-out references");
    }

    /**
     * The ground truth of 2014 checked against what the source itself recorded: the symbol its
     * folder names (first of a joint document's symbols, as CONVENTIONS.md says, so the folder's may
     * be the second) and the distribution date of its {@code .date.txt}, where there is one.
     */
    @Test
    void groundTruthOf2014AgreesWithTheSourcesFoldersAndDates() throws IOException {
        int dates = 0;
        for (String[] row : rows(EXPECTED.resolve("undocs-2014.tsv"))) {
            Path file = ImporterGoldenTest.CORPUS.resolve(row[0]);
            String folder = file.getFileName().toString().replaceFirst("\\.txt$", "").replace('_', '/');
            String masthead = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
            assertTrue(row[1].equals(folder) || masthead.contains(row[1]) && masthead.contains(folder),
                    row[0] + ": symbol " + row[1] + " against the folder's " + folder);
            Path date = file.resolveSibling(file.getFileName().toString().replace(".txt", ".date.txt"));
            if (Files.exists(date)) {
                assertEquals(Files.readAllLines(date, StandardCharsets.UTF_8).get(0).strip(), row[2], row[0] + ": date");
                dates++;
            }
        }
        assertTrue(dates >= 30, "dates checked: " + dates);
    }

    private static void score(Importer importer, String[] row, Score s, Set<String> misses) throws IOException {
        Path file = ImporterGoldenTest.CORPUS.resolve(row[0]);
        ImportedDocument doc = importer.importText(file, Files.readString(file, StandardCharsets.UTF_8),
                new Diagnostics()).orElse(null);
        String[] got = doc == null ? new String[FIELDS.length] : actual(doc.metadata());
        s.docs++;
        boolean coreAll = true;
        for (int i = 0; i < FIELDS.length; i++) {
            boolean ok = Objects.equals(row[i + 1], got[i] == null ? "" : got[i]);
            s.fields++;
            s.right += ok ? 1 : 0;
            if (CORE.contains(FIELDS[i])) {
                s.core++;
                s.coreRight += ok ? 1 : 0;
                coreAll &= ok;
            }
            if (!ok) {
                misses.add(row[0] + "\t" + FIELDS[i] + "\texpected '" + row[i + 1] + "', got '" + got[i] + "'");
            }
        }
        s.docsCoreRight += coreAll ? 1 : 0;
        for (String ref : row[8].isEmpty() ? new String[0] : row[8].split("; ")) {
            s.refs++;
            // A reference Masthead's symbol grammar cannot even hold (A/RES/186 (S-2)) is a miss too.
            if (doc != null && Symbol.parse(ref).symbol().map(doc.references()::contains).orElse(false)) {
                s.found++;
            } else {
                misses.add(row[0] + "\treference\t" + ref);
            }
        }
    }

    /** A held-out miss of a corpus split before tuning is not printed. */
    private static boolean shown(String miss) {
        return !(miss.startsWith("undocs-2014/") && heldOut(miss.substring(0, miss.indexOf('\t'))));
    }

    private static Score merge(Score a, Score b) {
        Score s = new Score();
        s.fields = a.fields + b.fields;
        s.right = a.right + b.right;
        s.core = a.core + b.core;
        s.coreRight = a.coreRight + b.coreRight;
        s.refs = a.refs + b.refs;
        s.found = a.found + b.found;
        s.docs = a.docs + b.docs;
        s.docsCoreRight = a.docsCoreRight + b.docsCoreRight;
        return s;
    }

    private static List<String[]> rows(Path tsv) throws IOException {
        return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t", -1)).toList();
    }

    private static long texts() throws IOException {
        try (Stream<Path> corpus = Files.walk(ImporterGoldenTest.CORPUS)) {
            return corpus.map(p -> ImporterGoldenTest.CORPUS.relativize(p).toString())
                    .filter(p -> p.endsWith(".txt") && !p.endsWith(".date.txt") && !p.startsWith("multilingual"))
                    .count();
        }
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
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
