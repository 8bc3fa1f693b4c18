package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;

import org.masthead.pipeline.BuildOptions;
import org.masthead.importer.Importer;
import org.masthead.pipeline.Pipeline;
import org.masthead.serve.LivePreview;
import org.masthead.serve.LiveSite;
import org.masthead.serve.PreviewServer;
import org.masthead.serve.Watcher;

import org.masthead.model.Language;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code masthead serve}: read the archive, serve it on 127.0.0.1, re-read what changes and
 * reload open pages. Pages are rendered in memory when the browser asks for them, so an edit
 * shows without writing the site; {@code build} writes it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the archive on 127.0.0.1 with live reload: pages are rendered in memory on request, "
                + "content and templates are watched, and open pages reload after each change. Stop with Ctrl+C.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "Folder of documents.")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates", description = "Template folder.")
    Path templates;

    @Option(names = "--lang", paramLabel = "CODE", defaultValue = "en", converter = LanguageOption.class,
            description = "Language of the site around the documents: ar, zh, en, fr, ru or es (default: ${DEFAULT-VALUE}). "
                    + "Each document version keeps its own language.")
    Language language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildOptions options = new BuildOptions(content, templates, Path.of("target/site"),
                "http://127.0.0.1:" + port + "/", null, language);
        LivePreview preview = new LivePreview(new Pipeline(new Importer()), options);
        AtomicReference<LiveSite> live = new AtomicReference<>(new LiveSite(Map.of()));
        refresh(preview, Set.of(), live, out, err);
        try (PreviewServer server = new PreviewServer(path -> live.get().file(path), () -> live.get().changed(), port);
             Watcher watcher = new Watcher(content, templates)) {
            out.println("Serving " + content + " at http://127.0.0.1:" + server.port() + "/ (Ctrl+C stops)");
            out.flush();
            Optional<Set<Path>> touched;
            while ((touched = watcher.awaitChange()).isPresent()) {
                if (refresh(preview, touched.get(), live, out, err)) {
                    server.reload();
                }
            }
        } catch (InterruptedException e) {
            // Stopped from within the process (a test, an embedding tool): a clean stop, not an error.
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }

    private static boolean refresh(LivePreview preview, Set<Path> touched, AtomicReference<LiveSite> live,
                                   PrintWriter out, PrintWriter err) {
        LivePreview.Snapshot s = preview.snapshot(touched);
        DiagnosticPrinter.print(s.result().diagnostics(), err);
        if (s.result().ok()) {
            LiveSite site = live.get().next(s.files());
            live.set(site);
            // Render the edited pages now, while the reload event travels to the browser.
            s.edited().forEach(page -> ForkJoinPool.commonPool().execute(() -> site.file(page)));
            out.printf("Read %d documents in %d ms.%n", s.result().documents(), s.result().millis());
        } else {
            err.println("Errors: still serving the last good version.");
        }
        out.flush();
        err.flush();
        return s.result().ok();
    }
}
