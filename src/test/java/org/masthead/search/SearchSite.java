package org.masthead.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.masthead.cli.Main;

/**
 * A site for the search tests, built once per test JVM through {@code masthead build}: the bundled
 * archive (with the Universal Declaration of Human Rights in its six languages, A/RES/217 (III))
 * and one document whose title and text hold markup that must stay text.
 */
final class SearchSite {
    private static Path site;

    private SearchSite() {
    }

    static synchronized Path site() {
        if (site == null) {
            try {
                site = build(Files.createTempDirectory("masthead-search-site-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    private static Path build(Path dir) throws IOException {
        Path content = dir.resolve("content");
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path to = content.resolve(Path.of("content").relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        Files.createDirectories(content.resolve("S/2099"));
        Files.writeString(content.resolve("S/2099/1.md"), """
                ---
                symbol: S/2099/1
                title: "Note on <b>bold</b> zanzibarite"
                type: note
                date: 2099-01-01
                distribution: General
                ---

                The zanzibarite <img src=x onerror="window.hacked=1"> note <script>window.hacked=2</script>.
                """);
        Path out = dir.resolve("site");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), "build", "--content", content.toString(),
                "--templates", "templates", "--out", out.toString());
        assertEquals(Main.OK, code, () -> "masthead build failed:\n" + o + e);
        return out;
    }
}
