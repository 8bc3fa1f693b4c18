package org.masthead.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.masthead.pipeline.TestSite.doc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.masthead.pipeline.TestSite;

/**
 * A good site, built, for tests that then break it: each build after the break must exit 1,
 * print one {@code file:line:col: error:} line per problem and no stack trace, leave the
 * previous site byte for byte as it was and no staging folder behind.
 */
final class BrokenSite {
    final TestSite site;
    final Path root;
    private final Map<String, byte[]> before;

    BrokenSite(Path root) {
        this.root = root;
        site = new TestSite(root);
        site.file("S/2014/660.md", doc("S/2014/660", "2014-09-12", "Letter dated 11 September 2014", "original: English",
                "Pursuant to resolution 2164 (2014).\n\n## Annex\n\nText."));
        site.file("S/RES/2164(2014).md", doc("S/RES/2164 (2014)", "2014-06-25", "Resolution 2164 (2014)", "", "Text."));
        TestSite.Run r = site.build();
        assertEquals(0, r.code(), r::toString);
        before = TestSite.snapshot(site.out);
        assertFalse(before.isEmpty());
    }

    /** Builds the broken site, checks the promises of a failed build; gives the error output. */
    String buildFails() {
        return buildFails(true);
    }

    /** A build that fails only once it renders: {@code check}, which renders nothing, passes. */
    String buildFailsWhenRendered() {
        return buildFails(false);
    }

    private String buildFails(boolean checkFindsIt) {
        TestSite.Run r = site.build();
        assertEquals(Main.CONTENT_ERRORS, r.code(), r::toString);
        assertNoTrace(r.err());
        assertEquals(List.of(), TestSite.differences(before, TestSite.snapshot(site.out)),
                "the previous site is left as it was");
        try (var s = Files.list(root)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains(".tmp-") || n.contains(".old-")).toList(), "no staging folder is left behind");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (checkFindsIt) {
            TestSite.Run check = site.check();
            assertEquals(Main.CONTENT_ERRORS, check.code(), "check finds it too:\n" + check);
        }
        return r.err();
    }

    /** Builds a site that is odd but good: exit 0; gives the error output (warnings). */
    String buildWarns() {
        TestSite.Run r = site.build();
        assertEquals(0, r.code(), r::toString);
        assertNoTrace(r.err());
        return r.err();
    }

    static void assertNoTrace(String err) {
        assertFalse(err.contains("\tat ") || err.contains("Exception:") && !err.contains("error:"),
                "no stack trace:\n" + err);
    }

    /** A content file as diagnostics print it: relative to the working folder when inside it. */
    String shown(String relative) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = site.content.resolve(relative).toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /** Where a diagnostic on a line of a content file starts. */
    String at(String relative, int line) {
        return shown(relative) + ":" + line + ":";
    }

    /** The output folder is byte for byte as the good build left it. */
    void assertUnchanged() {
        assertEquals(List.of(), TestSite.differences(before, TestSite.snapshot(site.out)));
    }

    static void assertDiagnostic(String err, String location, String severity, String... words) {
        String line = err.lines().filter(l -> l.startsWith(location)).findFirst()
                .orElseThrow(() -> new AssertionError("no diagnostic at " + location + " in:\n" + err));
        assertTrue(line.matches("^.+:\\d+:\\d+: " + severity + ": .+$"), line);
        for (String w : words) {
            assertTrue(line.contains(w), "'" + w + "' in: " + line);
        }
    }
}
