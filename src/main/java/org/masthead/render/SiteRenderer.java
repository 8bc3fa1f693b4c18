package org.masthead.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.masthead.diag.Diagnostics;
import org.masthead.link.LinkGraph;
import org.masthead.model.Document;
import org.masthead.plan.PageUrl;
import org.masthead.plan.PlannedFile;
import org.masthead.export.AknWriter;
import org.masthead.export.CitationFiles;
import org.masthead.plan.PlannedFile.AknFile;
import org.masthead.plan.PlannedFile.Asset;
import org.masthead.plan.PlannedFile.Catalogue;
import org.masthead.plan.PlannedFile.CitationFile;
import org.masthead.plan.PlannedFile.DocumentJson;
import org.masthead.plan.PlannedFile.DocumentPage;
import org.masthead.plan.PlannedFile.Feed;
import org.masthead.plan.PlannedFile.ListingPage;
import org.masthead.plan.PlannedFile.SearchIndexFile;
import org.masthead.plan.PlannedFile.SearchPage;
import org.masthead.plan.PlannedFile.Sitemap;
import org.masthead.plan.SitePlan;

/**
 * The render stage: gives every planned file its content, one renderer per kind of file
 * (templates for pages, {@link MachineFiles} for the machine-readable ones). Holds the
 * build's one template engine and Markdown renderer; thread-safe, as files render in parallel.
 */
public final class SiteRenderer {
    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final String baseUrl;
    private final String siteTitle;

    public SiteRenderer(Templates templates, MarkdownRenderer markdown, String baseUrl, String siteTitle) {
        this.templates = templates;
        this.markdown = markdown;
        this.baseUrl = baseUrl;
        this.siteTitle = siteTitle;
    }

    /** A problem met while rendering (a body that cannot be read again) goes to {@code diagnostics}. */
    public RenderedSite render(LinkGraph graph, SitePlan plan, BodySource bodies, Diagnostics diagnostics) {
        boolean search = plan.files().stream().anyMatch(SearchPage.class::isInstance);
        // Pages link the export files only when the plan has them (build --no-exports leaves them out).
        boolean exports = plan.files().stream().anyMatch(AknFile.class::isInstance);
        PageModels models = new PageModels(graph, plan.urls(), baseUrl, siteTitle, templates, search, exports);
        ListingModels listings = new ListingModels(models, graph, plan.browse());
        Exports exported = new Exports(exports, new CitationFiles(HtmlSafeJson.mapper()), new AknWriter(graph, markdown.finder()));
        Contents contents = new Contents(models, listings, new MachineFiles(graph, plan.urls(), baseUrl, siteTitle),
                exported, templates.assets(), bodies, diagnostics);
        return new RenderedSite(plan.files().stream().map(f -> new RenderedFile(f, f.accept(contents))).toList(),
                listings);
    }

    /** What makes the export files, citations and Akoma Ntoso, and whether the plan has any. */
    private record Exports(boolean planned, CitationFiles citations, AknWriter akn) {
    }

    /** The content of each kind of file. */
    private final class Contents implements PlannedFile.Visitor<Content> {
        private final PageModels models;
        private final ListingModels listings;
        private final MachineFiles machine;
        private final Exports exports;
        private final Map<String, byte[]> assets;
        private final BodySource bodies;
        private final Diagnostics diagnostics;
        private final Set<String> reportedFailures = ConcurrentHashMap.newKeySet();
        private final SharedParses<MarkdownRenderer.Parsed> parses = new SharedParses<>();

        Contents(PageModels models, ListingModels listings, MachineFiles machine, Exports exports,
                 Map<String, byte[]> assets, BodySource bodies, Diagnostics diagnostics) {
            this.models = models;
            this.listings = listings;
            this.machine = machine;
            this.exports = exports;
            this.assets = assets;
            this.bodies = bodies;
            this.diagnostics = diagnostics;
        }

        @Override
        public Content documentPage(DocumentPage file) {
            return Content.of(() -> reported(() -> document(file.document(), file.url())));
        }

        @Override
        public Content documentJson(DocumentJson file) {
            return Content.of(() -> machine.json(machine.metadata(file.document())));
        }

        @Override
        public Content listingPage(ListingPage file) {
            return Content.of(() -> reported(() -> utf8(templates.render(file.listing().template(),
                    listings.variables(file.listing())))));
        }

        @Override
        public Content catalogue(Catalogue file) {
            return out -> machine.catalogue(file.documents(), out);
        }

        @Override
        public Content feed(Feed file) {
            return Content.of(() -> utf8(machine.feed(file.documents())));
        }

        @Override
        public Content sitemap(Sitemap file) {
            return Content.of(() -> utf8(machine.sitemap(file.pages())));
        }

        @Override
        public Content asset(Asset file) {
            byte[] bytes = assets.get(file.path());
            return out -> out.write(bytes);
        }

        @Override
        public Content searchPage(SearchPage file) {
            return Content.of(() -> reported(() -> {
                Map<String, Object> vars = models.base(file.url(), models.text("search.title"),
                        models.text("search.description"), models.ui().code());
                vars.put("names", models.names().forSearch());
                return utf8(templates.render("search", vars));
            }));
        }

        @Override
        public Content searchIndexFile(SearchIndexFile file) {
            return Content.of(file.bytes());
        }

        @Override
        public Content citationFile(CitationFile file) {
            return Content.of(() -> exports.citations().bytes(models.cite().citation(file.document()), file.format()));
        }

        @Override
        public Content aknFile(AknFile file) {
            Document d = file.document();
            String item = file.url().absolute(baseUrl);
            return Content.of(() -> {
                try {
                    return parsed(d, "akn").map(parsed -> exports.akn().write(d, parsed.document(), item)).orElseGet(() -> new byte[0]);
                } catch (StackOverflowError e) {
                    tooDeep(d);
                    return new byte[0];
                }
            });
        }

        /**
         * A document's body read again and parsed, once for its page and its AKN file, or empty
         * with an error reported (once for both).
         */
        private Optional<MarkdownRenderer.Parsed> parsed(Document d, String reader) {
            Supplier<MarkdownRenderer.Parsed> parse = () -> {
                try {
                    return markdown.parse(bodies.body(d));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            try {
                // Without exports the page is a body's one reader: there is no parse to keep for another.
                return Optional.of(exports.planned() ? parses.parse(d, reader, parse) : parse.get());
            } catch (UncheckedIOException e) {
                if (reportedFailures.add("read:" + d.source())) {
                    diagnostics.error(d.source(), 0, "cannot read the file again to render it: "
                            + e.getCause().getMessage(), null);
                }
                return Optional.empty();
            }
        }

        /**
         * The Markdown renderer recurses once per level of emphasis, quote or list: the reader
         * limits quotes and lists, but emphasis inside emphasis a thousand times is only seen here.
         */
        private void tooDeep(Document d) {
            if (reportedFailures.add("deep:" + d.source())) {
                diagnostics.error(d.source(), d.bodyLine(), "the body nests too deeply to render (emphasis, quotes "
                        + "or lists inside one another, hundreds of levels)", "flatten the text");
            }
        }

        /** A template's mistake is reported once, on its own line, however many pages it breaks. */
        private byte[] reported(Supplier<byte[]> page) {
            try {
                return page.get();
            } catch (Templates.Failure e) {
                if (reportedFailures.add(e.file() + ":" + e.line() + ":" + e.column())) {
                    diagnostics.error(e.file(), e.line(), e.column(), "template error: " + e.getMessage(), null);
                }
                return new byte[0];
            }
        }

        private byte[] document(Document d, PageUrl url) {
            MarkdownRenderer.Body rendered;
            try {
                Optional<MarkdownRenderer.Parsed> parsed = parsed(d, "page");
                if (parsed.isEmpty()) {
                    return new byte[0];
                }
                rendered = markdown.render(parsed.get(), s -> models.target(s, url, d.language()));
            } catch (StackOverflowError e) {
                tooDeep(d);
                return new byte[0];
            }
            return utf8(templates.render("document", models.document(d, rendered)));
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
