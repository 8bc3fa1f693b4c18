package org.masthead.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.masthead.pipeline.TestSite.doc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.pipeline.TestSite;

/**
 * {@code kill -9} at random points of real builds (a child JVM through the CLI): each time the
 * site is the previous one byte for byte, or the new one whole, never a mix; and the next build
 * gives exactly what a clean build of the same content gives.
 */
class KilledBuildTest {
    private static final int TRIES = 20;
    private static final int DOCUMENTS = 60;

    @TempDir
    Path tmp;

    @Test
    void aKilledBuildLeavesThePreviousSiteAndTheNextBuildIsRight() throws Exception {
        TestSite site = new TestSite(tmp);
        for (int i = 1; i <= DOCUMENTS; i++) {
            site.file("S/2014/" + i + ".md", letter(i, "first"));
        }
        assertEquals(0, site.build().code());
        long seed = System.nanoTime();
        Random random = new Random(seed);
        long full = timeOneChildBuild(site);
        int previousKept = 0;
        for (int t = 0; t < TRIES; t++) {
            Map<String, byte[]> before = TestSite.snapshot(site.out);
            // Change a few documents, add one and take one away: every kind of write is under way when the kill lands.
            for (int k = 0; k < 3; k++) {
                int n = 1 + random.nextInt(DOCUMENTS);
                site.file("S/2014/" + n + ".md", letter(n, "try " + t));
            }
            site.file("S/2014/" + (1000 + t) + ".md", letter(1000 + t, "added"));
            Files.deleteIfExists(site.content.resolve("S/2014/" + (1000 + t - 1) + ".md"));
            Map<String, byte[]> after = cleanBuild(site, t);

            // From the second half of the JVM's start to past a whole build: where reading, rendering and the swap are.
            long delay = (long) (full * (0.3 + 0.8 * random.nextDouble()));
            Process p = ChildBuild.start(tmp.resolve("child.log"), args(site, site.out));
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();  // SIGKILL on Linux: no shutdown hook, no finally.
            }
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            String where = "seed " + seed + ", try " + t + ", killed after " + delay + " ms";
            Map<String, byte[]> found = live(site.out);
            if (TestSite.differences(before, found).isEmpty()) {
                previousKept++;
            } else {
                assertEquals(List.of(), TestSite.differences(withoutManifest(after), withoutManifest(found)),
                        "neither the previous site nor the new one whole: " + where);
            }
            TestSite.Run next = site.build();
            assertEquals(0, next.code(), where + "\n" + next);
            assertEquals(List.of(), TestSite.differences(withoutManifest(after), withoutManifest(TestSite.snapshot(site.out))),
                    "the next build gives what a clean one does: " + where);
        }
        System.out.println("[kill test] " + TRIES + " builds killed at random (seed " + seed + ", a build takes "
                + full + " ms): " + previousKept + " left the previous site, " + (TRIES - previousKept)
                + " had swapped in the new one whole");
    }

    /**
     * The live site; when the kill landed between the two renames of the swap, the previous
     * site is whole under its aside name, and that is what the next build puts back.
     */
    private static Map<String, byte[]> live(Path out) throws IOException {
        if (Files.exists(out)) {
            return TestSite.snapshot(out);
        }
        try (Stream<Path> s = Files.list(out.getParent())) {
            Path aside = s.filter(p -> p.getFileName().toString().startsWith("." + out.getFileName() + ".old-"))
                    .findFirst().orElseThrow(() -> new AssertionError("no site, and none set aside"));
            return TestSite.snapshot(aside);
        }
    }

    private long timeOneChildBuild(TestSite site) throws Exception {
        site.file("S/2014/1.md", letter(1, "timed"));
        long start = System.nanoTime();
        Process p = ChildBuild.start(tmp.resolve("child.log"), args(site, site.out));
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("child.log")));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private Map<String, byte[]> cleanBuild(TestSite site, int t) {
        Path out = tmp.resolve("clean-" + t);
        StringWriterPair w = new StringWriterPair();
        int code = Main.run(w.out, w.err, args(site, out));
        assertEquals(0, code, w.toString());
        return TestSite.snapshot(out);
    }

    private static String[] args(TestSite site, Path out) {
        return new String[] {"build", "--content", site.content.toString(), "--templates", site.templates.toString(),
                "--out", out.toString()};
    }

    /** The manifest records where the content was read from and when: the rest must match byte for byte. */
    private static Map<String, byte[]> withoutManifest(Map<String, byte[]> site) {
        Map<String, byte[]> m = new TreeMap<>(site);
        m.remove(".masthead-site");
        return m;
    }

    private static String letter(int n, String version) {
        return doc("S/2014/" + n, "2014-01-" + (10 + n % 18), "Letter " + n + " (" + version + ")", "subjects: [Mali]",
                "Pursuant to resolution 2164 (2014) and S/2014/" + (1 + n % DOCUMENTS) + ".");
    }

    private static final class StringWriterPair {
        final java.io.StringWriter o = new java.io.StringWriter();
        final java.io.StringWriter e = new java.io.StringWriter();
        final java.io.PrintWriter out = new java.io.PrintWriter(o);
        final java.io.PrintWriter err = new java.io.PrintWriter(e);

        @Override
        public String toString() {
            return o + "\n" + e;
        }
    }
}
