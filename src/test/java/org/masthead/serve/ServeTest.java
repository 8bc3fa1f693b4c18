package org.masthead.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.pipeline.BuildOptions;
import org.masthead.pipeline.Pipeline;
import org.masthead.read.RawTextReader;

/** The preview server over a real archive on disk: pages rendered on request, edits picked up, pages told to reload. */
@Timeout(60) // a watcher that never wakes must fail the test, not hang the build
class ServeTest {

    private static final String LETTER = """
            ---
            symbol: S/2014/1
            title: Letter dated 1 January 2014
            date: 2014-01-02
            distribution: General
            ---

            %s It refers to S/2014/2.
            """;
    private static final String REPORT = """
            ---
            symbol: S/2014/2
            title: Report of the Secretary-General
            date: 2014-01-05
            distribution: General
            ---

            The report.
            """;

    @TempDir
    Path dir;

    /** Writes the letter (with the given first words) and the report it cites; returns the letter's file. */
    private Path archive(String words) throws java.io.IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("S/2014"));
        Path letter = content.resolve("S/2014/1.md");
        Files.writeString(letter, LETTER.formatted(words));
        Files.writeString(content.resolve("S/2014/2.md"), REPORT);
        return letter;
    }

    @Test
    void servesPagesAndReloadsThemAfterAnEdit() throws Exception {
        Path letter = archive("First words.");
        Path content = dir.resolve("content");

        BuildOptions options = new BuildOptions(content, dir.resolve("no-templates"), dir.resolve("site"),
                "http://127.0.0.1/", null);
        LivePreview preview = new LivePreview(new Pipeline(RawTextReader.unsupported()), options);
        LivePreview.Snapshot first = preview.snapshot(Set.of());
        assertTrue(first.result().ok(), () -> first.result().diagnostics().sorted().toString());
        AtomicReference<LiveSite> live = new AtomicReference<>(new LiveSite(first.files()));

        try (PreviewServer server = new PreviewServer(p -> live.get().file(p), 0);
             Watcher watcher = new Watcher(content)) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port() + "/";

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "S/2014/1/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("First words."));
            assertTrue(page.body().contains(PreviewServer.EVENTS), "the page is given the reload script");
            assertTrue(page.body().contains("href=\"../2/index.html\""), "references link within the archive");
            assertEquals(200, get(http, base).statusCode(), "the home page");
            assertEquals(404, get(http, base + "S/2014/3/").statusCode());
            assertEquals(404, get(http, base + "..%2F..%2Fetc/passwd").statusCode());

            HttpResponse<java.io.InputStream> events = http.send(
                    HttpRequest.newBuilder(URI.create(base + PreviewServer.EVENTS.substring(1))).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            BufferedReader stream = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8));
            assertEquals(": connected", stream.readLine());
            CompletableFuture<String> reload = CompletableFuture.supplyAsync(() -> {
                try {
                    String line;
                    while ((line = stream.readLine()) != null) {
                        if (line.startsWith("event: ")) {
                            return line;
                        }
                    }
                    return null;
                } catch (java.io.IOException e) {
                    return e.toString();
                }
            });

            Files.writeString(letter, LETTER.formatted("Edited words."));
            Set<Path> touched = watcher.awaitChange().orElseThrow();
            assertTrue(touched.contains(letter.toAbsolutePath().normalize()), () -> "touched: " + touched);
            LivePreview.Snapshot second = preview.snapshot(touched);
            assertTrue(second.result().ok());
            live.set(new LiveSite(second.files()));
            server.reload();

            assertEquals("event: reload", reload.get(10, TimeUnit.SECONDS));
            String edited = get(http, base + "S/2014/1/index.html").body();
            assertTrue(edited.contains("Edited words."), "the edit shows");
            assertTrue(get(http, base + "S/2014/2/index.html").body().contains("../1/index.html"),
                    "the cited document still lists the letter among those citing it");
            assertTrue(Files.notExists(dir.resolve("site")), "serve writes nothing to the output folder");
        }
    }

    @Test
    void aBrokenEditKeepsTheLastGoodSiteAndSaysWhy() throws Exception {
        Path letter = archive("Fine.");
        Path content = dir.resolve("content");
        BuildOptions options = BuildOptions.of(content, dir.resolve("no-templates"), dir.resolve("site"));
        LivePreview preview = new LivePreview(new Pipeline(RawTextReader.unsupported()), options);
        assertTrue(preview.snapshot(Set.of()).result().ok());

        Files.writeString(letter, LETTER.formatted("Fine.").replace("date: 2014-01-02", "date: 2014-02-30"));
        LivePreview.Snapshot broken = preview.snapshot(Set.of(letter.toAbsolutePath().normalize()));
        assertTrue(broken.files().isEmpty());
        String report = broken.result().diagnostics().sorted().get(0).format();
        assertTrue(report.contains("1.md:4:7: error: date: '2014-02-30' is not a real date"), report);
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
