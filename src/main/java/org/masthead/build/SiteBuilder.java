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
        Templates templates = new Templates(options.templates(), options.cacheable());
        String salt = Keys.of(CodeVersion.get(), templates.fingerprint(), options.baseUrl(), options.siteTitle());
        Path out = options.out().toAbsolutePath().normalize();
        Path file = out.resolveSibling("." + out.getFileName() + ".cache").resolve("documents.bin");
        if (cache == null || !file.equals(cacheFile)) {
            cache = DocumentCache.load(file, CodeVersion.get());
            cacheFile = file;
        }
        List<Document> docs = read(options.content(), diagnostics, cache, progress);
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
            List<Output> outputs = run.plan();
            Map<String, String> keys = new HashMap<>(outputs.size() * 2);
            outputs.forEach(o -> keys.put(o.path(), o.key()));
            if (!writer.upToDate(keys)) {
                outputs.parallelStream().forEach(o -> {
                    if (!writer.reuse(o.path(), o.key())) {
                        writer.write(o.path(), o.key(), o.bytes().get());
                        progress.pageRendered();
                    }
                });
                if (diagnostics.hasErrors()) {
                    writer.abort();
                    return new BuildResult(docs.size(), 0, diagnostics, elapsed(start));
                }
                writer.commit();
            } else {
                writer.abort();
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

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Reads every file in parallel, from the cache when its bytes are unchanged; reports duplicate symbols. */
    private List<Document> read(Path content, Diagnostics diagnostics, DocumentCache cache, Progress progress) {
        if (!Files.isDirectory(content)) {
            diagnostics.error(content, 0, "the content folder does not exist",
                    "run from the archive's folder or pass --content DIR");
            return List.of();
        }
        List<SourceFile> files = new ContentScanner().scan(content);
        progress.total(files.size());
        List<Document> docs = files.parallelStream()
                .map(f -> readOne(f, diagnostics, cache, progress))
                .flatMap(Optional::stream)
                .toList();
        cache.retain(files.stream().map(SourceFile::relativePath).toList());
        Map<String, Document> seen = new HashMap<>();
        List<Document> unique = new ArrayList<>(docs.size());
        for (Document d : docs) {
            String key = d.symbol().text() + "\u0000" + d.language().code();
            Document first = seen.putIfAbsent(key, d);
            if (first == null) {
                unique.add(d);
            } else {
                diagnostics.error(d.source(), 2, "duplicate symbol " + d.symbol() + " (" + d.language().code()
                        + "): already defined in " + first.source(), "give each document its own symbol, or "
                        + "mark another language version with 'language:'");
            }
        }
        return unique;
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
                return Optional.of(withHash(same.document(), same.hash()));
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
            return Optional.of(withHash(hit.document(), hash));
        }
        Diagnostics local = new Diagnostics();
        Optional<Document> d = reader.read(f, bytes, local).map(DocumentReader.Read::document);
        diagnostics.addAll(local);
        if (d.isPresent() && local.sorted().isEmpty()) {
            cache.put(f.relativePath(), size, modified, hash, d.get());
        }
        return d.map(doc -> withHash(doc, hash));
    }

    /** The content hash travels with the document, so page keys need not read the file again. */
    private static Document withHash(Document d, String hash) {
        return d.withContentHash(hash);
    }

    /** One output file: where it goes, the key of its inputs, and how to make it. */
    record Output(String path, String key, Supplier<byte[]> bytes) {
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

        /** Every file of the site with its key; rendering happens only when a file's bytes are asked for. */
        List<Output> plan() {
            List<Output> outputs = new ArrayList<>(docs.size() * 2 + 1000);
            List<String> docKeys = docs.parallelStream().map(this::documentKey).toList();
            List<PageUrl> pages = new ArrayList<>(docs.size() + 1000);
            for (int i = 0; i < docs.size(); i++) {
                Document d = docs.get(i);
                String key = docKeys.get(i);
                PageUrl url = urls.document(d);
                pages.add(url);
                outputs.add(new Output(url.path(), key, () -> renderDocument(d, url)));
                outputs.add(new Output(urls.json(d).path(), Keys.of(key, "json"),
                        () -> machine.json(machine.metadata(d))));
            }
            new ListingPages(models, templates, graph, Browse.of(graph.primaries())).write((url, template, vars) -> {
                synchronized (outputs) {
                    pages.add(url);
                    outputs.add(new Output(url.path(), Keys.ofVars(salt, template, vars),
                            () -> utf8(templates.render(template, vars))));
                }
            });
            outputs.add(new Output("documents.json", Keys.of(salt, "catalogue", String.join(",", docKeys)),
                    () -> machine.catalogue(docs)));
            List<Document> newest = new ArrayList<>(graph.primaries());
            newest.sort(LinkGraph.BY_DATE_THEN_SYMBOL.reversed());
            List<Document> feed = newest.subList(0, Math.min(MachineFiles.FEED_SIZE, newest.size()));
            outputs.add(new Output("feed.xml", Keys.of(salt, "feed", String.join(",",
                    feed.stream().map(this::documentKey).toList())), () -> utf8(machine.feed(feed))));
            templates.assets().forEach((path, bytes) -> outputs.add(new Output(path, Hashes.of(bytes), () -> bytes)));
            pages.sort(null);
            String sitemap = machine.sitemap(pages);
            outputs.add(new Output("sitemap.xml", Hashes.of(sitemap), () -> utf8(sitemap)));
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
