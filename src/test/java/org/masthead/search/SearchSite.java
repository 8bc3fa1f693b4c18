package org.masthead.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.masthead.cli.Main;

/**
 * A site for the search tests, built once per test JVM through {@code masthead build}: the bundled
 * archive, the Universal Declaration of Human Rights in its six languages (A/RES/217(III), texts
 * and sources in src/test/resources/corpus/multilingual), and one document whose title and text
 * hold markup that must stay text.
 */
final class SearchSite {
    static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
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
        Path udhr = Files.createDirectories(content.resolve("A/RES"));
        for (String lang : LANGUAGES) {
            String text = Files.readString(Path.of("src/test/resources/corpus/multilingual/A_RES_217(III)." + lang + ".txt"));
            String title = text.lines().findFirst().orElseThrow().strip();
            String body = text.substring(text.indexOf('\n') + 1).strip();
            Files.writeString(udhr.resolve(lang.equals("en") ? "217(III).md" : "217(III)." + lang + ".md"), """
                    ---
                    symbol: A/RES/217(III)
                    title: "%s"
                    type: resolution
                    date: 1948-12-10
                    distribution: General
                    language: %s
                    ---

                    %s
                    """.formatted(title, lang, body));
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

    /** Serves a folder read-only on 127.0.0.1, as any static host would. */
    static final class Server implements AutoCloseable {
        private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
                "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json");
        private final Path root;
        private final HttpServer http;

        Server(Path root) throws IOException {
            this.root = root.toRealPath();
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext("/", this::handle);
            http.start();
        }

        String base() {
            return "http://127.0.0.1:" + http.getAddress().getPort() + "/";
        }

        private void handle(HttpExchange ex) throws IOException {
            try (ex) {
                Path file = root.resolve(URI.create(ex.getRequestURI().getRawPath()).getPath().substring(1)).normalize();
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                String name = file.getFileName().toString();
                ex.getResponseHeaders().set("Content-Type",
                        TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
                byte[] body = Files.readAllBytes(file);
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        }

        @Override
        public void close() {
            http.stop(0);
        }
    }
}
