package org.masthead.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.masthead.cli.Main;

/**
 * The bundled archive ({@code content/}), built once per test JVM through the real command
 * line ({@code masthead build}) into a folder under the build directory, and shared by the
 * whole-archive tests and the browser tests.
 */
final class BundledSite {
    private static Path site;

    private BundledSite() {
    }

    /** The build directory ({@code target/}, or whatever {@code -DbuildDir} names): the parent of test-classes. */
    static Path buildDir() {
        try {
            Path testClasses = Path.of(BundledSite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return testClasses.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The built bundled archive; builds it on first use. */
    static synchronized Path site() {
        if (site == null) {
            Path out = buildDir().resolve("bundled-site");
            StringWriter out1 = new StringWriter();
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            int code = Main.run(new PrintWriter(out1), new PrintWriter(err),
                    "build", "--content", "content", "--templates", "templates", "--out", out.toString());
            System.out.printf("[bundled-site] built into %s in %d ms%n%s%s", out,
                    (System.nanoTime() - start) / 1_000_000, out1, err);
            assertEquals(Main.OK, code, () -> "masthead build failed:\n" + out1 + err);
            site = out;
        }
        return site;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
