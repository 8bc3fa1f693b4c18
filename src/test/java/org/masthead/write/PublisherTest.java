package org.masthead.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.diag.Diagnostics;
import org.masthead.work.Progress;

/** The write stage swaps a complete site into place, or leaves the previous one exactly as it was. */
class PublisherTest {
    @TempDir
    Path dir;

    private static SiteFile file(String path, String key, String text) {
        return new SiteFile(path, key, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every file under the site, marker included, by relative path. */
    private static Map<String, String> tree(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    private Written publish(Path out, Diagnostics diagnostics, SiteFile... files) {
        return Publisher.publish(out, new KeyedSite(List.of(files), Optional.of("inputs-1")), diagnostics,
                Progress.silent());
    }

    private Path firstSite() {
        Path out = dir.resolve("site");
        Diagnostics d = new Diagnostics();
        Written w = publish(out, d, file("index.html", "k1", "home"), file("S/2014/1/index.html", "k2", "letter"));
        assertTrue(w.ok(), d.sorted()::toString);
        assertEquals(2, w.files());
        return out;
    }

    @Test
    void writesEveryFileAndTheManifest() throws IOException {
        Path out = firstSite();
        Map<String, String> tree = tree(out);
        assertEquals("home", tree.get("index.html"));
        assertEquals("letter", tree.get("S/2014/1/index.html"));
        assertTrue(tree.get(SiteWriter.MARKER).contains("# inputs inputs-1"));
        assertEquals(Optional.of("inputs-1"), SiteWriter.liveInputs(out));
    }

    @Test
    void aFileThatFailsToRenderLeavesThePreviousSiteIntact() throws IOException {
        Path out = firstSite();
        Map<String, String> before = tree(out);
        Diagnostics d = new Diagnostics();
        Written w = publish(out, d, file("index.html", "k1-new", "new home"),
                new SiteFile("S/2014/1/index.html", "k2-new", stream -> {
                    throw new UncheckedIOException(new IOException("disk full"));
                }));
        assertFalse(w.ok());
        assertEquals(0, w.files());
        assertTrue(d.hasErrors());
        assertTrue(d.sorted().get(0).format().contains("the previous site is left as it was"), d.sorted()::toString);
        assertEquals(before, tree(out));
    }

    @Test
    void anErrorReportedWhileRenderingLeavesThePreviousSiteIntact() throws IOException {
        Path out = firstSite();
        Map<String, String> before = tree(out);
        Diagnostics d = new Diagnostics();
        Written w = publish(out, d, file("index.html", "k1-new", "new home"),
                new SiteFile("S/2014/1/index.html", "k2-new", stream -> d.error(out, 0, "cannot read the body", null)));
        assertFalse(w.ok());
        assertEquals(before, tree(out));
        // And the next good build still works from there.
        Diagnostics next = new Diagnostics();
        assertTrue(publish(out, next, file("index.html", "k1-new", "new home")).ok(), next.sorted()::toString);
        assertEquals(Map.of("index.html", "new home"), withoutMarker(tree(out)));
    }

    @Test
    void refusesAFolderItDidNotBuild() throws IOException {
        Path out = dir.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "keep me");
        Diagnostics d = new Diagnostics();
        assertFalse(publish(out, d, file("index.html", "k", "home")).ok());
        assertTrue(d.sorted().get(0).format().contains("refusing to replace"), d.sorted()::toString);
        assertEquals(Map.of("notes.txt", "keep me"), tree(out));
    }

    @Test
    void anUnchangedSiteWritesNothing() throws IOException {
        Path out = firstSite();
        Diagnostics d = new Diagnostics();
        Written w = publish(out, d, file("index.html", "k1", "home"), file("S/2014/1/index.html", "k2", "letter"));
        assertTrue(w.ok());
        assertEquals(0, w.files());
    }

    private static Map<String, String> withoutMarker(Map<String, String> tree) {
        Map<String, String> m = new TreeMap<>(tree);
        m.remove(SiteWriter.MARKER);
        return m;
    }
}
