package org.masthead.pipeline;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param baseUrl   the public address of the site, ending in {@code /} (canonical links, feed, sitemap)
 * @param search    whether the site has the search page and its index
 */
public record BuildOptions(Path content, Path templates, Path out, String baseUrl, String siteTitle, boolean search) {
    public static final String DEFAULT_BASE_URL = "http://localhost:8000/";
    public static final String DEFAULT_TITLE = "Masthead UN document archive";

    public BuildOptions {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        siteTitle = siteTitle == null ? DEFAULT_TITLE : siteTitle;
    }

    /** With search, the default. */
    public BuildOptions(Path content, Path templates, Path out, String baseUrl, String siteTitle) {
        this(content, templates, out, baseUrl, siteTitle, true);
    }

    public static BuildOptions of(Path content, Path templates, Path out) {
        return new BuildOptions(content, templates, out, null, null);
    }
}
