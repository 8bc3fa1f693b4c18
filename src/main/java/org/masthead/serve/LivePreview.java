package org.masthead.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.masthead.diag.Diagnostics;
import org.masthead.incremental.DocumentCache;
import org.masthead.incremental.Fingerprint;
import org.masthead.model.Document;
import org.masthead.pipeline.BuildOptions;
import org.masthead.pipeline.BuildResult;
import org.masthead.pipeline.Pipeline;
import org.masthead.plan.PlannedFile.DocumentPage;
import org.masthead.read.Documents;
import org.masthead.read.ReadCache;
import org.masthead.render.RenderedFile;
import org.masthead.render.RenderedSite;
import org.masthead.render.Templates;
import org.masthead.scan.ContentFiles;
import org.masthead.scan.SourceFile;
import org.masthead.work.Progress;

/**
 * The preview server's live state: the documents read so far (in memory, from one snapshot to
 * the next), the files of the last scan, and the template engine while its templates are
 * unchanged. Each snapshot reads what changed and plans the site; nothing is rendered until a
 * browser asks for a page, and nothing is written.
 */
public final class LivePreview {
    private final Pipeline pipeline;
    private final BuildOptions options;
    private final DocumentCache cache;
    private List<SourceFile> lastFiles = List.of();
    private Optional<Set<Path>> lastKnown = Optional.empty();
    private Optional<Templates> templates = Optional.empty();
    private String fingerprint = "";

    public LivePreview(Pipeline pipeline, BuildOptions options) {
        this.pipeline = pipeline;
        this.options = options;
        this.cache = DocumentCache.beside(options.out());
    }

    /**
     * The site as files rendered on request. {@code edited} holds the pages of the files that
     * changed, which a browser is about to ask for.
     */
    public record Snapshot(BuildResult result, Map<String, Supplier<byte[]>> files, List<String> edited) {
    }

    /**
     * A snapshot after the given files changed (absolute paths, from a watcher). When they are
     * only edits of known files, nothing else is scanned or even looked at: that is what keeps
     * the preview quick on a large archive. No files, or a file that appeared or vanished,
     * means a full scan.
     */
    public Snapshot snapshot(Set<Path> touched) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Templates engine = templates();
        boolean edits = onlyEdits(touched);
        ContentFiles files = edits ? new ContentFiles(lastFiles) : pipeline.scan(options.content(), diagnostics);
        Documents documents = pipeline.read(files, edits ? editedOnly(touched) : cache, diagnostics, Progress.silent());
        if (!edits) {
            lastFiles = files.files();
            lastKnown = Optional.empty();
        }
        if (diagnostics.hasErrors()) {
            return new Snapshot(result(documents, diagnostics, start), Map.of(), List.of());
        }
        RenderedSite site = pipeline.site(documents, engine, options, diagnostics);
        Map<String, Supplier<byte[]>> served = new HashMap<>();
        List<String> edited = new ArrayList<>();
        for (RenderedFile f : site.files()) {
            served.put(f.path(), f::bytes);
            if (f.planned() instanceof DocumentPage page && touched.contains(absolute(page.document()))) {
                edited.add(f.path());
            }
        }
        return new Snapshot(result(documents, diagnostics, start), served, edited);
    }

    private static BuildResult result(Documents documents, Diagnostics diagnostics, long start) {
        return new BuildResult(documents.size(), 0, diagnostics, (System.nanoTime() - start) / 1_000_000);
    }

    private static Path absolute(Document d) {
        return d.source().toAbsolutePath().normalize();
    }

    /** The last snapshot's template engine while the templates are unchanged: it has them parsed already. */
    private Templates templates() {
        Templates fresh = new Templates(options.templates(), options.language());
        String now = Fingerprint.of(fresh);
        if (templates.isEmpty() || !now.equals(fingerprint)) {
            templates = Optional.of(fresh);
            fingerprint = now;
        }
        return templates.get();
    }

    private boolean onlyEdits(Set<Path> touched) {
        if (touched.isEmpty() || lastFiles.isEmpty()) {
            return false;
        }
        Set<Path> known = lastKnown.orElseGet(() -> lastFiles.stream()
                .map(f -> f.path().toAbsolutePath().normalize()).collect(Collectors.toSet()));
        lastKnown = Optional.of(known);
        for (Path p : touched) {
            String name = p.getFileName().toString();
            boolean content = (name.endsWith(".md") || name.endsWith(".txt")) && !name.startsWith(".");
            if (Files.isDirectory(p) || (content && Files.exists(p) != known.contains(p))) {
                return false;
            }
        }
        return true;
    }

    /** Reads the touched files again and takes every other one from the cache, unlooked-at. */
    private ReadCache editedOnly(Set<Path> touched) {
        return new ReadCache() {
            @Override
            public Optional<Document> read(SourceFile f, Diagnostics diagnostics, Reading reading) {
                Optional<Document> kept = touched.contains(f.path().toAbsolutePath().normalize())
                        ? Optional.empty() : cache.any(f);
                return kept.isPresent() ? kept : cache.read(f, diagnostics, reading);
            }

            @Override
            public void retain(List<String> relativePaths) {
                cache.retain(relativePaths);
            }
        };
    }
}
