package org.masthead.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.masthead.cache.DocumentCache;
import org.masthead.cache.Hashes;
import org.masthead.diag.Diagnostics;
import org.masthead.link.LinkGraph;
import org.masthead.link.ReferenceFinder;
import org.masthead.model.Document;
import org.masthead.model.Symbol;
import org.masthead.plan.Browse;
import org.masthead.plan.PageUrl;
import org.masthead.plan.SiteUrls;
import org.masthead.read.DocumentReader;
import org.masthead.read.RawTextReader;
import org.masthead.render.MachineFiles;
import org.masthead.render.MarkdownRenderer;
import org.masthead.render.PageModels;
import org.masthead.render.Templates;
import org.masthead.scan.ContentScanner;
import org.masthead.scan.SourceFile;
import org.masthead.search.SiteSearch;
import org.masthead.write.SiteWriter;

/**
 * The build, top to bottom: scan, read, link, plan, render, write. Reading keeps metadata
 * only; bodies are read again when their page is rendered, so memory stays flat in the
 * archive's size. Nothing is written unless every file reads without error.
 *
 * <p>Builds are incremental: what each file gave is cached by content hash beside the output
 * folder, every output file is keyed by a hash of its inputs, and only files whose key changed
 * are rendered (see {@link SiteWriter}). A builder keeps its cache in memory between builds,
 * which is what the preview server relies on.
 */
public final class SiteBuilder {
    private final ReferenceFinder finder = new ReferenceFinder();
    private final DocumentReader reader;
    private final MarkdownRenderer markdown = new MarkdownRenderer(finder);
    private DocumentCache cache;
    private Path cacheFile;
    /** The files of the last full scan, for snapshots after mere edits, and their absolute paths. */
    private List<SourceFile> lastFiles;
    private java.util.Set<Path> lastKnown;
    /** The preview server's template engine and the fingerprint of the templates it holds. */
    private Templates liveTemplates;
    private String liveFingerprint;

    public SiteBuilder(RawTextReader rawText) {
        this.reader = new DocumentReader(finder, rawText);
    }

    /** Reads and checks every content file without writing anything. */
    public BuildResult check(Path content) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        List<Document> docs = read(content, diagnostics, DocumentCache.empty(), Progress.silent());
        return new BuildResult(docs.size(), 0, diagnostics, elapsed(start));
    }

    public BuildResult build(BuildOptions options) {
        return build(options, Progress.silent());
    }

    public BuildResult build(BuildOptions options, Progress progress) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Templates templates = new Templates(options.templates());
        String salt = Keys.of(CodeVersion.get(), templates.fingerprint(), options.baseUrl(), options.siteTitle());
        List<SourceFile> files = scan(options.content(), diagnostics);
        String inputs = files == null ? null : inputsKey(salt, files);
        if (inputs != null && inputs.equals(SiteWriter.liveInputs(options.out()))) {
            // Same files, same sizes and times, same templates, options and code: the site is as it was.
            lastFiles = files;
            lastKnown = null;
            return new BuildResult(files.size(), 0, diagnostics, elapsed(start));
        }
        Path file = loadCache(options);
        List<Document> docs = files == null ? List.of() : readFiles(files, diagnostics, cache, progress);
        if (diagnostics.hasErrors()) {
            return new BuildResult(docs.size(), 0, diagnostics, elapsed(start));
        }
        SiteWriter writer;
        try {
            writer = SiteWriter.open(options.out());
        } catch (IOException e) {
            diagnostics.error(options.out(), 0, e.getMessage(), null);
            return new BuildResult(docs.size(), 0, diagnostics, elapsed(start));
        }
        try {
            Run run = new Run(options, LinkGraph.of(docs), docs, templates, salt, diagnostics, progress);
            List<Output> outputs = run.plan(true);
            Map<String, String> keys = new HashMap<>(outputs.size() * 2);
            outputs.forEach(o -> keys.put(o.path(), o.key()));
            if (!writer.upToDate(keys)) {
                Parallel.forEach(outputs, o -> {
                    if (!writer.reuse(o.path(), o.key())) {
                        writer.write(o.path(), o.key(), o.content());
                        progress.pageRendered();
                    }
                });
                if (diagnostics.hasErrors()) {
                    writer.abort();
                    return new BuildResult(docs.size(), 0, diagnostics, elapsed(start));
                }
                writer.commit(diagnostics.sorted().isEmpty() ? inputs : null);
            } else {
                writer.abort();
                writer.recordInputs(diagnostics.sorted().isEmpty() ? inputs : null);
            }
            if (cache.dirty()) {
                cache.save(file, CodeVersion.get());
            }
            return new BuildResult(docs.size(), writer.written(), diagnostics, elapsed(start));
        } catch (IOException | RuntimeException e) {
            writer.abort();
            diagnostics.error(options.out(), 0, "build failed, the previous site is left as it was: " + e, null);
            return new BuildResult(docs.size(), 0, diagnostics, elapsed(start));
        }
    }

    /** Loads the cache kept beside the output folder, unless this builder already holds it; returns its file. */
    private Path loadCache(BuildOptions options) {
        Path out = options.out().toAbsolutePath().normalize();
        Path file = out.resolveSibling("." + out.getFileName() + ".cache").resolve("documents.bin");
        if (cache == null || !file.equals(cacheFile)) {
            cache = DocumentCache.load(file, CodeVersion.get());
            cacheFile = file;
        }
        return file;
    }

    /**
     * The site as files rendered on request, for the preview server: nothing is written.
     * {@code edited} holds the pages of the files that changed, which a browser is about to ask for.
     */
    public record Snapshot(BuildResult result, Map<String, Supplier<byte[]>> files, List<String> edited) {
    }

    /**
     * Reads the content (from the in-memory cache where files are unchanged) and plans every
     * page without rendering any: the preview server renders a page when the browser asks for it.
     */
    public Snapshot snapshot(BuildOptions options) {
        return snapshot(options, null);
    }

    /**
     * A snapshot after the given files changed (absolute paths, from a watcher). When they are
     * only edits of known files, nothing else is scanned or even looked at: that is what keeps
     * the preview quick on a large archive. Null, or a file that appeared or vanished, means a
     * full scan.
     */
    public Snapshot snapshot(BuildOptions options, java.util.Set<Path> touched) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Templates templates = templatesFor(options);
        loadCache(options);
        List<Document> docs = onlyEdits(touched)
                ? readEdited(lastFiles, touched, diagnostics)
                : read(options.content(), diagnostics, cache, Progress.silent());
        if (diagnostics.hasErrors()) {
            return new Snapshot(new BuildResult(docs.size(), 0, diagnostics, elapsed(start)), Map.of(), List.of());
        }
        LinkGraph graph = LinkGraph.of(docs);
        Run run = new Run(options, graph, docs, templates, "", diagnostics, Progress.silent());
        Map<String, Supplier<byte[]>> files = new HashMap<>();
        for (Output o : run.plan(false)) {
            files.put(o.path(), o::bytes);
        }
        List<String> edited = new ArrayList<>();
        if (touched != null) {
            SiteUrls urls = new SiteUrls(graph);
            for (Document d : docs) {
                if (touched.contains(d.source().toAbsolutePath().normalize())) {
                    edited.add(urls.document(d).path());
                }
            }
        }
        return new Snapshot(new BuildResult(docs.size(), 0, diagnostics, elapsed(start)), files, edited);
    }

    /** The last snapshot's template engine while the templates are unchanged: it has them parsed already. */
    private Templates templatesFor(BuildOptions options) {
        Templates fresh = new Templates(options.templates());
        String fingerprint = fresh.fingerprint();
        if (!fingerprint.equals(liveFingerprint)) {
            liveTemplates = fresh;
            liveFingerprint = fingerprint;
        }
        return liveTemplates;
    }

    private boolean onlyEdits(java.util.Set<Path> touched) {
        if (touched == null || touched.isEmpty() || lastFiles == null) {
            return false;
        }
        if (lastKnown == null) {
            java.util.Set<Path> known = new java.util.HashSet<>();
            for (SourceFile f : lastFiles) {
                known.add(f.path().toAbsolutePath().normalize());
            }
            lastKnown = known;
        }
        java.util.Set<Path> known = lastKnown;
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
    private List<Document> readEdited(List<SourceFile> files, java.util.Set<Path> touched, Diagnostics diagnostics) {
        return dedupe(Parallel.map(files, f -> {
            DocumentCache.Entry e = touched.contains(f.path().toAbsolutePath().normalize()) ? null : cache.any(f.relativePath());
            return e != null ? Optional.of(e.document())
                    : readOne(f, diagnostics, cache, Progress.silent());
        }).stream().flatMap(Optional::stream).toList(), diagnostics);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Reads every file in parallel, from the cache when its bytes are unchanged; reports duplicate symbols. */
    private List<Document> read(Path content, Diagnostics diagnostics, DocumentCache cache, Progress progress) {
        List<SourceFile> files = scan(content, diagnostics);
        return files == null ? List.of() : readFiles(files, diagnostics, cache, progress);
    }

    private static List<SourceFile> scan(Path content, Diagnostics diagnostics) {
        if (!Files.isDirectory(content)) {
            diagnostics.error(content, 0, "the content folder does not exist",
                    "run from the archive's folder or pass --content DIR");
            return null;
        }
        return new ContentScanner().scan(content);
    }

    /** A key of every input at once: the build's salt and each file's path, size and time. */
    private static String inputsKey(String salt, List<SourceFile> files) {
        List<String> stats = files.parallelStream().map(f -> {
            try {
                BasicFileAttributes a = Files.readAttributes(f.path(), BasicFileAttributes.class);
                return f.relativePath() + "\u0000" + a.size() + "\u0000"
                        + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (IOException e) {
                return null;
            }
        }).toList();
        if (stats.contains(null)) {
            return null;
        }
        Hashes.Hasher h = Hashes.hasher().put(salt);
        stats.forEach(h::put);
        return h.hex();
    }

    private List<Document> readFiles(List<SourceFile> files, Diagnostics diagnostics, DocumentCache cache,
                                     Progress progress) {
        lastFiles = files;
        lastKnown = null;
        progress.total(files.size());
        List<Document> docs = Parallel.map(files, f -> readOne(f, diagnostics, cache, progress)).stream()
                .flatMap(Optional::stream)
                .toList();
        cache.retain(files.stream().map(SourceFile::relativePath).toList());
        return dedupe(docs, diagnostics);
    }

    /** Reports every second document of a symbol and language, naming both files. */
    private static List<Document> dedupe(List<Document> docs, Diagnostics diagnostics) {
        Map<String, Document> seen = new HashMap<>();
        List<Document> unique = new ArrayList<>(docs.size());
        for (Document d : docs) {
            String key = d.symbol().text() + "\u0000" + d.language().code();
            Document first = seen.putIfAbsent(key, d);
            if (first == null) {
                unique.add(d);
            } else {
                diagnostics.error(d.source(), symbolLine(d.source()), "duplicate symbol " + d.symbol() + " ("
                        + d.language().code() + "): already defined in " + first.source(), "give each document its "
                        + "own symbol, or mark another language version with 'language:'");
            }
        }
        return unique;
    }

    /** The line of a file's {@code symbol:} key, found again only when there is an error to report. */
    private static int symbolLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("symbol:")) {
                    return i + 1;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // Fall through: the front matter starts on line 2.
        }
        return 2;
    }

    private Optional<Document> readOne(SourceFile f, Diagnostics diagnostics, DocumentCache cache, Progress progress) {
        progress.documentRead();
        long size;
        long modified;
        byte[] bytes;
        try {
            BasicFileAttributes attrs = Files.readAttributes(f.path(), BasicFileAttributes.class);
            size = attrs.size();
            modified = attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
            DocumentCache.Entry same = cache.unchanged(f.relativePath(), size, modified);
            if (same != null && same.document().source().equals(f.path())) {
                return Optional.of(same.document());
            }
            bytes = Files.readAllBytes(f.path());
        } catch (IOException e) {
            diagnostics.error(f.path(), 1, "cannot read the file: " + e.getMessage(), null);
            return Optional.empty();
        }
        String hash = Hashes.of(bytes);
        DocumentCache.Entry hit = cache.get(f.relativePath(), hash);
        if (hit != null && hit.document().source().equals(f.path())) {
            cache.put(f.relativePath(), size, modified, hash, hit.document());
            return Optional.of(hit.document());
        }
        Diagnostics local = new Diagnostics();
        Optional<Document> d = reader.read(f, bytes, local).map(r -> r.document().withContentHash(hash));
        diagnostics.addAll(local);
        if (d.isPresent() && local.sorted().isEmpty()) {
            cache.put(f.relativePath(), size, modified, hash, d.get());
        }
        return d;
    }

    /** One output file: where it goes, the key of its inputs, and how to make it. */
    record Output(String path, String key, SiteWriter.Content content) {
        Output(String path, String key, Supplier<byte[]> bytes) {
            this(path, key, out -> out.write(bytes.get()));
        }

        /** The whole file in memory: for the preview server, which serves one file at a time. */
        byte[] bytes() {
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(16 * 1024);
            try {
                content.writeTo(buffer);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return buffer.toByteArray();
        }
    }

    /** One build's planning and rendering, with the values every page shares. */
    private final class Run {
        private final LinkGraph graph;
        private final List<Document> docs;
        private final Diagnostics diagnostics;
        private final Progress progress;
        private final SiteUrls urls;
        private final PageModels models;
        private final MachineFiles machine;
        private final Templates templates;
        private final String salt;

        Run(BuildOptions o, LinkGraph graph, List<Document> docs, Templates templates, String salt,
            Diagnostics diagnostics, Progress progress) {
            this.graph = graph;
            this.docs = docs.stream().sorted(LinkGraph.BY_DATE_THEN_SYMBOL).toList();
            this.diagnostics = diagnostics;
            this.progress = progress;
            this.urls = new SiteUrls(graph);
            this.models = new PageModels(graph, urls, o.baseUrl(), o.siteTitle());
            this.machine = new MachineFiles(graph, urls, o.baseUrl(), o.siteTitle());
            this.templates = templates;
            this.salt = salt;
        }

        /**
         * Every file of the site; rendering happens only when a file's bytes are asked for.
         * With {@code keyed}, each file also gets the key of its inputs (what incremental builds
         * compare); the preview server, which renders on request, needs none.
         */
        List<Output> plan(boolean keyed) {
            List<Output> outputs = new ArrayList<>(docs.size() * 2 + 1000);
            List<String> docKeys = keyed ? Parallel.map(docs, this::documentKey) : null;
            List<PageUrl> pages = new ArrayList<>(docs.size() + 1000);
            // The catalogue first: it is the one big file made by one thread, and last it would leave the other idle.
            outputs.add(new Output("documents.json", keyed ? Keys.of(salt, "catalogue", String.join(",", docKeys)) : null,
                    (SiteWriter.Content) out -> machine.catalogue(docs, out)));
            for (int i = 0; i < docs.size(); i++) {
                Document d = docs.get(i);
                String key = keyed ? docKeys.get(i) : null;
                PageUrl url = urls.document(d);
                pages.add(url);
                outputs.add(new Output(url.path(), key, () -> renderDocument(d, url)));
                outputs.add(new Output(urls.json(d).path(), keyed ? Keys.of(key, "json") : null,
                        () -> machine.json(machine.metadata(d))));
            }
            List<Output> listings = new ArrayList<>();
            List<Runnable> keyedListings = new ArrayList<>();
            new ListingPages(models, templates, graph, Browse.of(graph.primaries())).write((url, template, vars) -> {
                pages.add(url);
                if (!keyed) {
                    listings.add(new Output(url.path(), null, () -> utf8(templates.render(template, vars.get()))));
                    return;
                }
                int slot = listings.size();
                listings.add(null);
                // The variables are made twice for a page that is rendered (once for its key, once to
                // render it) so that no page keeps them meanwhile: memory stays flat in the archive's size.
                keyedListings.add(() -> listings.set(slot, new Output(url.path(), Keys.ofVars(salt, template, vars.get()),
                        () -> utf8(templates.render(template, vars.get())))));
            });
            Parallel.forEach(keyedListings, Runnable::run);
            outputs.addAll(listings);
            List<Document> newest = new ArrayList<>(graph.primaries());
            newest.sort(LinkGraph.BY_DATE_THEN_SYMBOL.reversed());
            List<Document> feed = newest.subList(0, Math.min(MachineFiles.FEED_SIZE, newest.size()));
            outputs.add(new Output("feed.xml", keyed ? Keys.of(salt, "feed", String.join(",",
                    feed.stream().map(this::documentKey).toList())) : null, () -> utf8(machine.feed(feed))));
            // Search: its page and its index (org.masthead.search), as one more stage.
            outputs.add(new Output(SiteSearch.PAGE, keyed ? Keys.of(salt, "search") : null, () -> utf8(templates.render(
                    "search", models.base(new PageUrl(SiteSearch.PAGE), "Search", "Search the archive", "en")))));
            SiteSearch.files(docs, d -> urls.document(d).path(), this::bodyText)
                    .forEach((path, bytes) -> outputs.add(new Output(path, Hashes.of(bytes), () -> bytes)));
            templates.assets().forEach((path, bytes) -> outputs.add(new Output(path, Hashes.of(bytes), () -> bytes)));
            pages.sort(null);
            if (keyed) {
                String sitemap = machine.sitemap(pages);
                outputs.add(new Output("sitemap.xml", Hashes.of(sitemap), () -> utf8(sitemap)));
            } else {
                outputs.add(new Output("sitemap.xml", null, () -> utf8(machine.sitemap(pages))));
            }
            return outputs;
        }

        /**
         * A document page depends on its own file and on what it shows of its neighbours: the
         * title, date and address of each document it cites, that cites it, of its family and
         * of its language versions.
         */
        private String documentKey(Document d) {
            StringBuilder sb = new StringBuilder(256);
            sb.append(urls.document(d).path());
            neighbours(sb, "r", d.references());
            neighbours(sb, "c", graph.citedBy(d.symbol()));
            neighbours(sb, "f", graph.family(d.symbol()));
            neighbours(sb, "a", d.also());
            for (Document v : graph.versions(d.symbol())) {
                sb.append("|l").append(v.language().code()).append(urls.document(v).path());
            }
            return Keys.of(salt, d.contentHash(), sb.toString());
        }

        private void neighbours(StringBuilder sb, String kind, List<Symbol> symbols) {
            for (Symbol s : symbols) {
                Document held = graph.primary(s);
                sb.append('|').append(kind).append(s.text());
                if (held != null) {
                    sb.append('\u0001').append(held.title()).append('\u0001').append(held.date())
                            .append('\u0001').append(urls.document(held).path());
                }
            }
        }

        private String bodyText(Document d) {
            try {
                return reader.body(d.source());
            } catch (IOException e) {
                diagnostics.error(d.source(), 0, "cannot read the file again to index it: " + e.getMessage(), null);
                return "";
            }
        }

        private byte[] renderDocument(Document d, PageUrl url) {
            String body;
            try {
                body = reader.body(d.source());
            } catch (IOException e) {
                diagnostics.error(d.source(), 0, "cannot read the file again to render it: " + e.getMessage(), null);
                return new byte[0];
            }
            MarkdownRenderer.Body rendered = markdown.render(body, s -> models.target(s, url));
            return utf8(templates.render("document", models.document(d, rendered)));
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
