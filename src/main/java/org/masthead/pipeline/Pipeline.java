package org.masthead.pipeline;

import java.nio.file.Path;
import java.time.Duration;

import org.masthead.diag.Diagnostics;
import org.masthead.incremental.Incremental;
import org.masthead.link.LinkGraph;
import org.masthead.link.ReferenceFinder;
import org.masthead.plan.SitePlan;
import org.masthead.read.ContentReader;
import org.masthead.read.DocumentReader;
import org.masthead.read.Documents;
import org.masthead.read.RawTextReader;
import org.masthead.read.ReadCache;
import org.masthead.read.TimedRawText;
import org.masthead.render.MarkdownRenderer;
import org.masthead.render.RenderedSite;
import org.masthead.render.SiteRenderer;
import org.masthead.render.Templates;
import org.masthead.scan.ContentFiles;
import org.masthead.scan.ContentScanner;
import org.masthead.search.SearchStage;
import org.masthead.work.Progress;
import org.masthead.write.OutputLock;
import org.masthead.write.Publisher;
import org.masthead.write.Written;

/**
 * The build, top to bottom: scan, read, link, plan (with search), render, write, each stage a call that
 * takes the last one's result and gives its own. Nothing is written unless every file reads
 * without error. What an incremental build skips is decided behind {@link Incremental}; the
 * stages do not know about it.
 */
public final class Pipeline {
    /** The longest the importer may take on one raw text; the longest real reports take well under a second. */
    static final Duration IMPORT_LIMIT = Duration.ofSeconds(60);

    private final ReferenceFinder finder = new ReferenceFinder();
    private final ContentReader reader;
    private final MarkdownRenderer markdown = new MarkdownRenderer(finder);

    public Pipeline(RawTextReader rawText) {
        this.reader = new ContentReader(new DocumentReader(finder, new TimedRawText(rawText, IMPORT_LIMIT)));
    }

    /** Reads and checks every content file without writing anything. */
    public BuildResult check(Path content) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        ContentFiles files = scan(content, diagnostics);
        Documents documents = read(files, ReadCache.none(), diagnostics, Progress.silent());
        return new BuildResult(documents.size(), 0, diagnostics, elapsed(start));
    }

    public BuildResult build(BuildOptions options) {
        return build(options, Progress.silent());
    }

    public BuildResult build(BuildOptions options, Progress progress) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        // One build at a time into a folder, after putting right what a killed one left there.
        return OutputLock.whileHeld(options.out(), diagnostics, () -> build(options, progress, start, diagnostics))
                .orElseGet(() -> new BuildResult(0, 0, diagnostics, elapsed(start)));
    }

    /** The build itself, with the output folder locked. */
    private BuildResult build(BuildOptions options, Progress progress, long start, Diagnostics diagnostics) {
        Templates templates = new Templates(options.templates(), options.language());
        Incremental incremental = Incremental.beside(options.out(), templates, options.baseUrl(), options.siteTitle(),
                options.search() ? "search" : "no search", options.exports() ? "exports" : "no exports");
        ContentFiles files = scan(options.content(), diagnostics);
        if (incremental.unchanged(files)) {
            // Same files, sizes and times, templates, options and code: the site is as it was.
            return new BuildResult(files.size(), 0, diagnostics, elapsed(start));
        }
        Documents documents = read(files, incremental.documents(), diagnostics, progress);
        if (diagnostics.hasErrors()) {
            return new BuildResult(documents.size(), 0, diagnostics, elapsed(start));
        }
        LinkGraph graph = LinkGraph.of(documents.list());
        SitePlan plan = plan(graph, documents, templates, options, diagnostics);
        RenderedSite site = renderer(templates, options).render(graph, plan, documents::body, diagnostics);
        Written written = Publisher.publish(options.out(), incremental.keys(graph, plan, site), diagnostics, progress);
        incremental.keep(written, diagnostics);
        return new BuildResult(documents.size(), written.files(), diagnostics, elapsed(start));
    }

    /** The scan stage. */
    public ContentFiles scan(Path content, Diagnostics diagnostics) {
        return new ContentScanner().scan(content, diagnostics);
    }

    /** The read stage, through the given cache. */
    public Documents read(ContentFiles files, ReadCache cache, Diagnostics diagnostics, Progress progress) {
        return reader.read(files, cache, diagnostics, progress);
    }

    /** Link, plan and render without writing: the site as files made on request, for the preview server. */
    public RenderedSite site(Documents documents, Templates templates, BuildOptions options, Diagnostics diagnostics) {
        LinkGraph graph = LinkGraph.of(documents.list());
        SitePlan plan = plan(graph, documents, templates, options, diagnostics);
        return renderer(templates, options).render(graph, plan, documents::body, diagnostics);
    }

    /** The plan stage (with the exports unless the options leave them out), then the search stage unless they turn search off. */
    private static SitePlan plan(LinkGraph graph, Documents documents, Templates templates, BuildOptions options,
                                 Diagnostics diagnostics) {
        SitePlan plan = SitePlan.of(graph, templates.assetPaths(), options.exports());
        return options.search() ? SearchStage.addTo(plan, graph.all(), documents::body, diagnostics) : plan;
    }

    private SiteRenderer renderer(Templates templates, BuildOptions options) {
        return new SiteRenderer(templates, markdown, options.baseUrl(), options.siteTitle());
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
