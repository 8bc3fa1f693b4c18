package org.masthead.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.masthead.diag.Diagnostics;
import org.masthead.link.LinkGraph;
import org.masthead.link.ReferenceFinder;
import org.masthead.model.Document;
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
 * The build, top to bottom: scan, read, link, plan, render, write. Reading keeps metadata only;
 * bodies are read again when their page is rendered, so memory stays flat in the archive's size.
 * Nothing is written unless every file reads without error.
 */
public final class SiteBuilder {
    private final ReferenceFinder finder = new ReferenceFinder();
    private final DocumentReader reader;
    private final MarkdownRenderer markdown = new MarkdownRenderer(finder);

    public SiteBuilder(RawTextReader rawText) {
        this.reader = new DocumentReader(finder, rawText);
    }

    /** Reads and checks every content file without writing anything. */
    public BuildResult check(Path content) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        List<Document> docs = read(content, diagnostics);
        return new BuildResult(docs.size(), 0, diagnostics, (System.nanoTime() - start) / 1_000_000);
    }

    public BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        List<Document> docs = read(options.content(), diagnostics);
        if (diagnostics.hasErrors()) {
            return new BuildResult(docs.size(), 0, diagnostics, elapsed(start));
        }
        LinkGraph graph = LinkGraph.of(docs);
        SiteWriter writer;
        try {
            writer = SiteWriter.open(options.out());
        } catch (IOException e) {
            diagnostics.error(options.out(), 0, e.getMessage(), null);
            return new BuildResult(docs.size(), 0, diagnostics, elapsed(start));
        }
        try {
            int files = new Run(options, graph, docs, writer, diagnostics).writeAll();
            if (diagnostics.hasErrors()) {
                writer.abort();
                return new BuildResult(docs.size(), 0, diagnostics, elapsed(start));
            }
            writer.commit();
            return new BuildResult(docs.size(), files, diagnostics, elapsed(start));
        } catch (IOException | RuntimeException e) {
            writer.abort();
            diagnostics.error(options.out(), 0, "build failed, the previous site is left as it was: " + e, null);
            return new BuildResult(docs.size(), 0, diagnostics, elapsed(start));
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Reads every file in parallel; returns documents in file order, and reports duplicate symbols. */
    List<Document> read(Path content, Diagnostics diagnostics) {
        if (!Files.isDirectory(content)) {
            diagnostics.error(content, 0, "the content folder does not exist",
                    "run from the archive's folder or pass --content DIR");
            return List.of();
        }
        List<SourceFile> files = new ContentScanner().scan(content);
        List<Document> docs = files.parallelStream()
                .map(f -> reader.read(f, diagnostics))
                .flatMap(Optional::stream)
                .map(DocumentReader.Read::document)
                .toList();
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

    /** One build's rendering and writing, with the values every page shares. */
    private final class Run {
        private final LinkGraph graph;
        private final List<Document> docs;
        private final SiteWriter writer;
        private final Diagnostics diagnostics;
        private final SiteUrls urls;
        private final PageModels models;
        private final MachineFiles machine;
        private final Templates templates;
        private final List<PageUrl> pages = java.util.Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger files = new AtomicInteger();

        Run(BuildOptions o, LinkGraph graph, List<Document> docs, SiteWriter writer, Diagnostics diagnostics) {
            this.graph = graph;
            this.docs = docs.stream().sorted(LinkGraph.BY_DATE_THEN_SYMBOL).toList();
            this.writer = writer;
            this.diagnostics = diagnostics;
            this.urls = new SiteUrls(graph);
            this.models = new PageModels(graph, urls, o.baseUrl(), o.siteTitle());
            this.machine = new MachineFiles(graph, urls, o.baseUrl(), o.siteTitle());
            this.templates = new Templates(o.templates(), o.cacheable());
        }

        int writeAll() {
            docs.parallelStream().forEach(this::writeDocument);
            new ListingPages(models, templates, graph, Browse.of(graph.primaries())).write(this::html);
            write("documents.json", machine.catalogue(docs));
            List<Document> newest = new ArrayList<>(graph.primaries());
            newest.sort(LinkGraph.BY_DATE_THEN_SYMBOL.reversed());
            write("feed.xml", machine.feed(newest).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            templates.assets().forEach(this::write);
            List<PageUrl> sorted = new ArrayList<>(pages);
            sorted.sort(Comparator.naturalOrder());
            write("sitemap.xml", machine.sitemap(sorted).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return files.get();
        }

        private void writeDocument(Document d) {
            PageUrl url = urls.document(d);
            String body;
            try {
                body = reader.body(d.source());
            } catch (IOException e) {
                diagnostics.error(d.source(), 0, "cannot read the file again to render it: " + e.getMessage(), null);
                return;
            }
            MarkdownRenderer.Body rendered = markdown.render(body, s -> models.target(s, url));
            html(url, "document", models.document(d, rendered));
            write(urls.json(d).path(), machine.json(machine.metadata(d)));
        }

        private void html(PageUrl url, String template, Map<String, Object> vars) {
            write(url.path(), templates.render(template, vars).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            pages.add(url);
        }

        private void write(String path, byte[] bytes) {
            writer.write(Objects.requireNonNull(path), bytes);
            files.incrementAndGet();
        }
    }
}
