package org.masthead.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.masthead.diag.Diagnostics;
import org.masthead.link.LinkGraph;
import org.masthead.link.ReferenceFinder;
import org.masthead.link.UnSymbolExtension;
import org.masthead.model.Document;
import org.masthead.plan.PageUrl;
import org.masthead.plan.SiteUrls;
import org.masthead.read.DocumentReader;
import org.masthead.read.RawTextReader;
import org.masthead.render.MarkdownRenderer;
import org.masthead.render.PageModels;
import org.masthead.render.Templates;
import org.masthead.scan.SourceFile;

/**
 * A small archive of generated letters (src/test/resources/bench) wired the way
 * {@code Pipeline} wires a build: one finder, reader, Markdown renderer, template engine
 * (the built-in theme) and page models over the link graph of all the letters. The measured
 * document is {@link #MEASURED}, a letter of median length with an annex, six references in its
 * text and one document citing it. Not a JMH state itself; each benchmark's state holds one.
 */
final class BenchFixture {
    /** The files copied from the classpath, relative to {@code content/}. */
    static final List<String> FILES = List.of("S/2024/1.md", "S/2024/3.md", "S/2024/5.md", "S/2024/8.md",
            "S/2024/15.md", "S/2024/27.md", "S/2024/29.md", "S/2024/38.md", "S/2024/47.md");
    static final String MEASURED = "S/2024/38.md";

    final Path dir;
    final Path content;
    final ReferenceFinder finder = new ReferenceFinder();
    final DocumentReader reader = new DocumentReader(finder, RawTextReader.unsupported());
    final MarkdownRenderer markdown = new MarkdownRenderer(finder);
    final Templates templates = new Templates(null);
    final SourceFile source;
    final List<Document> documents;
    final LinkGraph graph;
    final SiteUrls urls;
    final PageModels models;
    final Document document;
    final String body;
    final PageUrl url;
    final UnSymbolExtension.Links links;

    BenchFixture() {
        try {
            dir = Files.createTempDirectory("masthead-bench");
            content = dir.resolve("content");
            for (String name : FILES) {
                Path target = content.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = BenchFixture.class.getResourceAsStream("/bench/content/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("missing test resource bench/content/" + name);
                    }
                    Files.write(target, in.readAllBytes());
                }
            }
            source = new SourceFile(content.resolve(MEASURED), MEASURED);
            Diagnostics diagnostics = new Diagnostics();
            List<Document> docs = new ArrayList<>();
            Document measured = null;
            for (String name : FILES) {
                DocumentReader.Read r = reader.read(new SourceFile(content.resolve(name), name), diagnostics)
                        .orElseThrow(() -> new IllegalStateException(name + ": " + diagnostics.sorted()));
                docs.add(r.document());
                if (name.equals(MEASURED)) {
                    measured = r.document();
                }
            }
            if (diagnostics.hasErrors()) {
                throw new IllegalStateException(diagnostics.sorted().toString());
            }
            documents = List.copyOf(docs);
            document = measured;
            body = reader.body(source.path());
            graph = LinkGraph.of(documents);
            urls = new SiteUrls(graph);
            models = new PageModels(graph, urls, "https://archive.example.org/", "Masthead benchmark");
            url = urls.document(document);
            links = s -> models.target(s, url, document.language());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary copy of the letters. */
    void close() {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
