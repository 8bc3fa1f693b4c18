package org.masthead.importer;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.masthead.diag.Diagnostics;

/**
 * No text may hang or exhaust the importer (five real letters of 2014 once looped until the heap
 * ran out). Every text of every corpus, and hostile shapes at two sizes, import within a time
 * bound and an allocation bound per document; the hostile ones also grow about linearly.
 */
class ImporterBoundsTest {

    /** Generous for a slow CI machine: a real text takes milliseconds. */
    private static final Duration TIME = Duration.ofSeconds(10);

    @Test
    void everyCorpusTextImportsWithinTimeAndMemory() throws IOException {
        List<Path> texts;
        try (Stream<Path> walk = Files.walk(ImporterGoldenTest.CORPUS)) {
            texts = walk.filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith(".date.txt"))
                    .sorted().toList();
        }
        assertTrue(texts.size() >= 340, "the corpora are all here: " + texts.size());
        Importer importer = new Importer();
        long worst = 0;
        for (Path file : texts) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            long bytes = allocatedBy(file.toString(), () -> importer.importText(file, text, new Diagnostics()));
            // The importer copies and splits the text a bounded number of times: a few KB per character at most.
            long bound = 16_000_000L + 4_000L * text.length();
            assertTrue(bytes < bound, file + ": allocated " + bytes + " bytes for " + text.length() + " characters");
            worst = Math.max(worst, bytes / Math.max(1, text.length()));
        }
        System.out.printf("importer bounds: %d texts, at most %d bytes allocated per character%n", texts.size(), worst);
    }

    @Test
    void hostileShapesGrowLinearly() {
        String[] shapes = {
            "Letter dated 8 January 2014 from the Permanent Representative of a Member State with a very long name addressed to the President\n",
            "(Signed)\n",
            "Annex\n",
            "I.\n",
            "1.\n",
            "[Original:\n",
            "resolution 1645\n(2005) and ",
            "S/2014/1 S/2014/2 S/RES/2164 (2014) ",
            "intenti on ann ex re solution ",
            "((((((((((",
            "A. B. C. D. ",
            "\f\n",
            "x",
        };
        Importer importer = new Importer();
        for (String shape : shapes) {
            long small = hostile(importer, shape, 2_000);
            long large = hostile(importer, shape, 8_000);
            // Four times the input may cost at most about four times the allocation (twice that for noise).
            assertTrue(large < 8 * Math.max(small, 2_000_000), "'" + shape.strip() + "' grows faster than linearly: "
                    + small + " -> " + large + " bytes");
        }
    }

    private static long hostile(Importer importer, String shape, int repeats) {
        String text = "S/2014/999\n\nUnited Nations\n\nSecurity Council\n\nDistr.: General\n8 January 2014\n"
                + "Original: English\n\n" + shape.repeat(repeats);
        Path file = Path.of("hostile.txt");
        long bytes = allocatedBy("'" + shape.strip() + "' x" + repeats,
                () -> importer.importText(file, text, new Diagnostics()));
        assertTrue(bytes < 16_000_000L + 4_000L * text.length(),
                "'" + shape.strip() + "' x" + repeats + ": allocated " + bytes + " bytes");
        return bytes;
    }

    /** Runs the import in its own thread with a time limit and returns what that thread allocated. */
    private static long allocatedBy(String what, Runnable work) {
        return assertTimeoutPreemptively(TIME, () -> {
            ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
            long id = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(id);
            work.run();
            return threads.getThreadAllocatedBytes(id) - before;
        }, what + " did not import within " + TIME);
    }
}
