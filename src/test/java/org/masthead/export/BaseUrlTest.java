package org.masthead.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.cli.Main;
import org.masthead.pipeline.TestSite;

/**
 * A site published under a path, as a project site on GitHub Pages is: every absolute URL in
 * every file of the site (pages, JSON, JSON-LD, feed, sitemap, citations, AKN) that names this
 * site starts with the base URL and names a file the site has; every other one names a known
 * outside address (the UN's records, vocabularies). With and without the trailing slash given.
 */
class BaseUrlTest {
    private static final String BASE = "https://example.github.io/archive/";
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>\\\\{}|^`]+");
    /** Addresses outside the site a page may name: the UN's records and the vocabularies files declare. */
    private static final Set<String> OUTSIDE = Set.of("undocs.org", "documents.un.org", "digitallibrary.un.org",
            "schema.org", "www.w3.org", "www.sitemaps.org", "docs.oasis-open.org");

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {BASE, "https://example.github.io/archive"})
    void everyAbsoluteUrlOfTheSiteIsUnderTheBaseUrl(String given) throws Exception {
        TestSite site = ExportSite.write(root);
        TestSite.Run run = site.run("build", "--content", site.content.toString(), "--out", site.out.toString(),
                "--templates", site.templates.toString(), "--base-url", given);
        assertEquals(Main.OK, run.code(), run::toString);
        Map<String, Integer> internalByKind = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : TestSite.snapshot(site.out).entrySet()) {
            String name = file.getKey();
            if (name.startsWith(".") || name.startsWith("assets/")) {
                continue;
            }
            Matcher m = URL.matcher(new String(file.getValue(), StandardCharsets.UTF_8));
            while (m.find()) {
                String url = m.group().replaceAll("[.,;)\\]]+$", "");
                String host = URI.create(url.replace(" ", "%20")).getHost();
                if (host.equals("example.github.io")) {
                    String kind = name.substring(name.lastIndexOf('/') + 1);
                    internalByKind.merge(kind, 1, Integer::sum);
                    if (!url.startsWith(BASE)) {
                        problems.add(name + ": " + url + " is not under " + BASE);
                    } else if (!names(site.out, url.substring(BASE.length()))) {
                        problems.add(name + ": " + url + " names no file of the site");
                    }
                } else if (!OUTSIDE.contains(host)) {
                    problems.add(name + ": " + url + " names an unexpected host");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        // the URLs are really there: pages (canonical, hreflang, JSON-LD, citation tags), every machine file
        for (String kind : List.of("index.html", "index.json", "documents.json", "feed.xml", "sitemap.xml",
                "citation.bib", "citation.ris", "citation.csl.json", "akn.xml")) {
            assertTrue(internalByKind.getOrDefault(kind, 0) > 0, () -> "no absolute URL of the site in any " + kind
                    + ": " + internalByKind);
        }
        String page = site.text("S/2014/660/fr/index.html");
        assertTrue(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"" + BASE + "S/2014/660/\">"), page);
        assertTrue(page.contains("\"url\":\"" + BASE + "S/2014/660/fr/\""), "JSON-LD url");
        assertTrue(page.contains("\"isPartOf\":{\"@type\":\"WebSite\",\"name\":"), "JSON-LD site");
    }

    private static boolean names(Path site, String path) {
        String p = path.replaceAll("[?#].*$", "");
        Path f = site.resolve(p.isEmpty() || p.endsWith("/") ? p + "index.html" : p);
        return Files.isRegularFile(f);
    }
}
