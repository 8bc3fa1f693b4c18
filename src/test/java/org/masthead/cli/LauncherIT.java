package org.masthead.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.masthead.pipeline.TestSite.doc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.pipeline.TestSite;

/**
 * {@code bin/masthead}, the launcher the README and the benchmarks use, on the packaged jar
 * (failsafe runs this after the package phase): the JVM flags it chooses, the class-data
 * archive it makes on the first run and uses after, exit codes passed through, and the same
 * site as {@code java -jar}.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin/masthead").toAbsolutePath();
    private static final Path JAR = Path.of(System.getProperty("masthead.jar", "target/masthead.jar")).toAbsolutePath();

    @TempDir
    Path tmp;

    private TestSite site;

    @BeforeEach
    void twoDocuments() {
        site = new TestSite(tmp);
        site.file("S/2014/660.md", doc("S/2014/660", "2014-09-12", "Letter dated 11 September 2014", "",
                "Pursuant to resolution 2164 (2014) and S/2014/661."));
        site.file("S/2014/661.md", doc("S/2014/661", "2014-09-13", "Letter dated 12 September 2014", "", "Text."));
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
        pb.environment().remove("MASTHEAD_JAVA_OPTS");
        pb.environment().put("MASTHEAD_JAR", JAR.toString());
        pb.environment().putAll(env);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished within 3 minutes: " + command);
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Result launcher(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        // The JVM prints the flags it was started with: what the launcher chose, seen from outside.
        return run(command, Map.of("MASTHEAD_JAVA_OPTS", "-XX:+PrintCommandLineFlags"));
    }

    @Test
    void buildsWithItsFlagsAndItsArchiveAndWritesWhatJavaJarWrites() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the packaged jar at " + JAR);
        Result first = launcher("build", "--content", site.content.toString(), "--out", tmp.resolve("a/site").toString());
        assertEquals(0, first.code(), first::toString);
        assertTrue(first.out().contains("Built 2 documents"), first.out());
        assertTrue(first.out().contains("-XX:TieredStopAtLevel=1"), "C1 only under 20,000 documents: " + first.out());
        assertTrue(first.out().contains("-XX:MaxHeapSize=402653184"), "a 384 MB heap: " + first.out());
        assertTrue(first.out().contains("-XX:+UseParallelGC"), first.out());

        Path jsa = JAR.resolveSibling("masthead.jsa");
        assertTrue(Files.isRegularFile(jsa), "the first run leaves a class-data archive beside the jar");
        assertTrue(Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(JAR)) > 0, "newer than the jar");
        Result second = launcher("build", "--content", site.content.toString(), "--out", tmp.resolve("b/site").toString());
        assertEquals(0, second.code(), second::toString);
        assertTrue(second.out().contains("-XX:SharedArchiveFile=" + jsa), "the next run uses it: " + second.out());

        Result plain = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "build", "--content", site.content.toString(), "--out", tmp.resolve("c/site").toString()), Map.of());
        assertEquals(0, plain.code(), plain::toString);
        assertEquals(List.of(), TestSite.differences(TestSite.snapshot(tmp.resolve("b/site")), TestSite.snapshot(tmp.resolve("c/site"))),
                "the launcher's site is java -jar's, byte for byte");
    }

    @Test
    void passesTheExitCodeOn() throws Exception {
        assertEquals(Main.OK, launcher("check", "--content", site.content.toString()).code());
        site.file("S/2014/662.md", "---\nsymbol: S/2014/662\ntitle: Letter\ndate: 2014-02-30\ndistribution: General\n---\n");
        Result bad = launcher("check", "--content", site.content.toString());
        assertEquals(Main.CONTENT_ERRORS, bad.code(), bad::toString);
        assertTrue(bad.err().contains("662.md:4:7: error: date: '2014-02-30' is not a real date"), bad.err());
        assertEquals(Main.USAGE, launcher("frobnicate").code());
    }
}
