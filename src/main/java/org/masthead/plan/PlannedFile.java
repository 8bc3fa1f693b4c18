package org.masthead.plan;

import java.util.List;
import java.util.function.Supplier;

import org.masthead.model.Document;

/**
 * One file of the site, as the plan decides it: what it is and where it goes. Render turns
 * each into bytes and write puts them on disk; a new kind of output is a new record here.
 */
public sealed interface PlannedFile {
    /** Where the file goes, relative to the site root and {@code /}-separated. */
    String path();

    /** Hands the file to the visitor's method for its kind. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of file: whoever handles planned files implements it, so a new kind
     * does not compile until every stage knows what to do with it.
     */
    interface Visitor<R> {
        R documentPage(DocumentPage file);

        R documentJson(DocumentJson file);

        R listingPage(ListingPage file);

        R catalogue(Catalogue file);

        R feed(Feed file);

        R sitemap(Sitemap file);

        R asset(Asset file);

        R searchPage(SearchPage file);

        R searchIndexFile(SearchIndexFile file);

        R citationFile(CitationFile file);

        R aknFile(AknFile file);
    }

    /** The page of one language version of a document. */
    record DocumentPage(PageUrl url, Document document) implements PlannedFile {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.documentPage(this);
        }

        @Override
        public String path() {
            return url.path();
        }
    }

    /** The metadata of one language version of a document, as JSON. */
    record DocumentJson(PageUrl url, Document document) implements PlannedFile {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.documentJson(this);
        }

        @Override
        public String path() {
            return url.path();
        }
    }

    /** A page that lists documents: home, the browse index, a facet or one page of a facet value. */
    record ListingPage(PageUrl url, Listing listing) implements PlannedFile {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.listingPage(this);
        }

        @Override
        public String path() {
            return url.path();
        }
    }

    /** {@code documents.json}: every version of every document, by date then symbol. */
    record Catalogue(List<Document> documents) implements PlannedFile {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.catalogue(this);
        }

        public Catalogue {
            documents = List.copyOf(documents);
        }

        @Override
        public String path() {
            return "documents.json";
        }
    }

    /** {@code feed.xml}: the newest documents, newest first. */
    record Feed(List<Document> documents) implements PlannedFile {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.feed(this);
        }

        public Feed {
            documents = List.copyOf(documents);
        }

        @Override
        public String path() {
            return "feed.xml";
        }
    }

    /** {@code sitemap.xml}: every page, in path order. */
    record Sitemap(List<PageUrl> pages) implements PlannedFile {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.sitemap(this);
        }

        public Sitemap {
            pages = List.copyOf(pages);
        }

        @Override
        public String path() {
            return "sitemap.xml";
        }
    }

    /** A static file of the theme, copied as it is. */
    record Asset(String path) implements PlannedFile {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.asset(this);
        }
    }

    /** The search page, which the search code fills in the browser. */
    record SearchPage(PageUrl url) implements PlannedFile {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.searchPage(this);
        }

        @Override
        public String path() {
            return url.path();
        }
    }

    /**
     * One file of the search index: which files there are depends on the words of every document,
     * so the search stage decides them, with what each is made from ({@code key}: equal for equal
     * bytes) and how to make its bytes when it is written.
     */
    record SearchIndexFile(String path, String key, Supplier<byte[]> bytes) implements PlannedFile {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.searchIndexFile(this);
        }
    }

    /** A citation of one language version of a document, in one reference manager's format, beside its page. */
    record CitationFile(PageUrl url, Document document, CitationFormat format) implements PlannedFile {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.citationFile(this);
        }

        @Override
        public String path() {
            return url.path();
        }
    }

    /** One language version of a document as Akoma Ntoso XML (AKN4UN), beside its page. */
    record AknFile(PageUrl url, Document document) implements PlannedFile {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.aknFile(this);
        }

        @Override
        public String path() {
            return url.path();
        }
    }
}
