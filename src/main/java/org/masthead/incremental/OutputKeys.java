package org.masthead.incremental;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.masthead.link.LinkGraph;
import org.masthead.model.Document;
import org.masthead.model.Symbol;
import org.masthead.plan.PageUrl;
import org.masthead.plan.PlannedFile;
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
import org.masthead.plan.SiteUrls;
import org.masthead.render.RenderedFile;
import org.masthead.render.RenderedSite;
import org.masthead.work.Parallel;
import org.masthead.write.SiteFile;

/**
 * The key of every output file: a hash of everything it is made from, salted with the code,
 * templates and options of the build. Equal inputs give equal keys on every run.
 */
final class OutputKeys {
    private final String salt;
    private final LinkGraph graph;
    private final SiteUrls urls;

    OutputKeys(String salt, LinkGraph graph, SiteUrls urls) {
        this.salt = salt;
        this.graph = graph;
        this.urls = urls;
    }

    List<SiteFile> of(RenderedSite site) {
        List<Document> docs = site.files().stream().map(RenderedFile::planned)
                .filter(DocumentPage.class::isInstance).map(f -> ((DocumentPage) f).document()).toList();
        List<String> docKeys = Parallel.map(docs, this::documentKey);
        // By identity: a record's own hash would walk every field of every document.
        Map<Document, String> byDocument = new IdentityHashMap<>(docs.size() * 2);
        for (int i = 0; i < docs.size(); i++) {
            byDocument.put(docs.get(i), docKeys.get(i));
        }
        return Parallel.map(site.files(), f -> new SiteFile(f.path(), f.planned().accept(new Kinds(site, f, byDocument)),
                f.content()::writeTo));
    }

    /** The key of one file, by its kind. */
    private final class Kinds implements PlannedFile.Visitor<String> {
        private final RenderedSite site;
        private final RenderedFile rendered;
        private final Map<Document, String> docKeys;

        Kinds(RenderedSite site, RenderedFile rendered, Map<Document, String> docKeys) {
            this.site = site;
            this.rendered = rendered;
            this.docKeys = docKeys;
        }

        @Override
        public String documentPage(DocumentPage file) {
            return docKeys.get(file.document());
        }

        @Override
        public String documentJson(DocumentJson file) {
            return Keys.of(docKeys.get(file.document()), "json");
        }

        /** A listing shows only what its variables hold: they are its key. */
        @Override
        public String listingPage(ListingPage file) {
            return Keys.ofVars(salt, file.listing().template(), site.variables(file));
        }

        @Override
        public String catalogue(Catalogue file) {
            return Keys.of(salt, "catalogue", String.join(",", file.documents().stream().map(docKeys::get).toList()));
        }

        @Override
        public String feed(Feed file) {
            return Keys.of(salt, "feed", String.join(",", file.documents().stream().map(docKeys::get).toList()));
        }

        @Override
        public String sitemap(Sitemap file) {
            return Keys.of(salt, "sitemap", String.join(",", file.pages().stream().map(PageUrl::path).toList()));
        }

        /** An asset is its own bytes, whatever the salt: a new Masthead keeps the same stylesheet file. */
        @Override
        public String asset(Asset file) {
            return Hashes.of(rendered.bytes());
        }

        /** The search page shows no document: templates and code (the salt) make it. */
        @Override
        public String searchPage(SearchPage file) {
            return Keys.of(salt, "search");
        }

        /** An index file is what the search stage says it is made from: an edit rewrites only the files it changes. */
        @Override
        public String searchIndexFile(SearchIndexFile file) {
            return Keys.of(salt, "search-index", file.key());
        }

        @Override
        public String citationFile(CitationFile file) {
            return citationKey(file, docKeys);
        }

        /** The XML shows the body and the works it cites and that cite it, as the page does. */
        @Override
        public String aknFile(AknFile file) {
            return Keys.of(docKeys.get(file.document()), "akn");
        }
    }

    /** A citation shows the document's own metadata and address: what its page's key covers. */
    private String citationKey(CitationFile file, Map<Document, String> docKeys) {
        return Keys.of(docKeys.get(file.document()), file.format().name());
    }

    /**
     * A document page depends on its own file and on what it shows of its neighbours: the
     * title, date and address of each version of each document it cites, that cites it, of its
     * family and of its own language versions; and on the files of those versions, whose fields it may inherit.
     */
    private String documentKey(Document d) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(urls.document(d).path());
        neighbours(sb, "r", d.references());
        neighbours(sb, "c", graph.citedBy(d.symbol()));
        neighbours(sb, "f", graph.family(d.symbol()));
        neighbours(sb, "a", d.also());
        List<Document> versions = graph.versions(d.symbol());
        for (Document v : versions) {
            // A version's job numbers and library record give the links of every version's page.
            sb.append("|l").append(v.language().code()).append(urls.document(v).path())
                    .append('\u0001').append(v.extra().get("jobs")).append('\u0001').append(v.extra().get("undl"));
            if (versions.size() > 1) {
                sb.append('|').append(v.contentHash());
            }
        }
        return Keys.of(salt, d.contentHash(), sb.toString());
    }

    private void neighbours(StringBuilder sb, String kind, List<Symbol> symbols) {
        for (Symbol s : symbols) {
            sb.append('|').append(kind).append(s.text());
            // Every version: a page links the version in its own language and shows that one's title.
            for (Document held : graph.versions(s)) {
                sb.append('\u0001').append(held.title()).append('\u0001').append(held.date()).append('\u0001')
                        .append(urls.document(held).path()).append('\u0001').append(held.type().key())
                        .append('\u0001').append(held.adopted());
            }
        }
    }
}
