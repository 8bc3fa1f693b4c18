package org.masthead.pipeline;

import java.nio.file.Path;

import org.masthead.model.Language;

/**
 * What to build and where.
 *
 * @param baseUrl   the public address of the site, ending in {@code /} (canonical links, feed, sitemap)
 * @param language  the language of the site's interface (navigation, headings, browse pages); each
 *                  document version keeps its own language
 * @param search    whether the site has the search page and its index
 * @param exports   whether each version gets its citation files and Akoma Ntoso XML, and its page the links to them
 */
public record BuildOptions(Path content, Path templates, Path out, String baseUrl, String siteTitle, Language language,
                           boolean search, boolean exports) {
    public static final String DEFAULT_BASE_URL = "http://localhost:8000/";
    public static final String DEFAULT_TITLE = "Masthead UN document archive";

    public BuildOptions {
        // One slash at the end however the address is given: "https://x.org/archive", ".../archive/" and
        // ".../archive//" (a CI variable with its own slash, plus one) are the same site.
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip().replaceAll("/+$", "") + "/";
        siteTitle = siteTitle == null ? DEFAULT_TITLE : siteTitle;
        language = language == null ? Language.EN : language;
    }

    /** A site in the given language, with search and exports. */
    public BuildOptions(Path content, Path templates, Path out, String baseUrl, String siteTitle, Language language) {
        this(content, templates, out, baseUrl, siteTitle, language, true, true);
    }

    /** An English site with search and exports. */
    public BuildOptions(Path content, Path templates, Path out, String baseUrl, String siteTitle) {
        this(content, templates, out, baseUrl, siteTitle, Language.EN, true, true);
    }

    public static BuildOptions of(Path content, Path templates, Path out) {
        return new BuildOptions(content, templates, out, null, null);
    }
}
