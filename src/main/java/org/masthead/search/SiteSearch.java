package org.masthead.search;

import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.masthead.model.Document;

/**
 * The one place that knows the build's {@link Document}: turns documents into {@link SearchDoc}s,
 * so the rest of the package stays put when the document model changes.
 */
public final class SiteSearch {
    /** The search page's path in the site (rendered from the {@code search} template). */
    public static final String PAGE = SearchIndex.DIR + "index.html";
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MARKUP = Pattern.compile("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\|)\\s?|\\[\\^[^\\]]*\\]:?|[*_`|]+");

    private SiteSearch() {
    }

    /**
     * Every file of the index, by path in the site.
     *
     * @param url  a document's page, relative to the site's root
     * @param body a document's Markdown body
     */
    public static TreeMap<String, byte[]> files(List<Document> docs, Function<Document, String> url,
                                                Function<Document, String> body) {
        // Bodies are read and cleaned in parallel; every text is held until the index is written (see the report: not yet flat in memory).
        return SearchIndex.files(docs.parallelStream().map(d -> of(d, url.apply(d), body.apply(d))).toList());
    }

    static SearchDoc of(Document d, String url, String markdown) {
        return new SearchDoc(d.symbol().text(), d.title(), d.date(), d.organ(), d.type().key(), d.language().code(),
                d.subjects(), url, plainText(markdown));
    }

    /** Markdown to the words a reader sees: link text kept, markup signs dropped (the analysis ignores them anyway; snippets should not show them). */
    static String plainText(String markdown) {
        String s = markdown.indexOf('[') < 0 ? markdown : LINK.matcher(markdown).replaceAll("$1");
        s = MARKUP.matcher(s).replaceAll("");
        return s.replaceAll("[ \\t]*\\n[ \\t]*\\n\\s*", "\n\n").strip();
    }
}
