package org.masthead.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A built site's pages and where their internal links land, as a link checker sees them. */
final class SiteLinks {

    /** How many internal links were followed, and each one that does not land. */
    record Check(int checked, int pages, List<String> broken) {
    }

    private final Path site;
    private final Map<Path, Document> parsed = new HashMap<>();

    SiteLinks(Path site) {
        this.site = site;
    }

    List<Path> pages() {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Follows every internal {@code href} and {@code src} of every page, fragments included. */
    Check check() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        List<Path> pages = pages();
        for (Path page : pages) {
            for (Element e : page(page).select("[href], [src]")) {
                for (String attr : List.of("href", "src")) {
                    String url = e.attr(attr);
                    if (!e.hasAttr(attr) || isExternal(url)) {
                        continue;
                    }
                    checked++;
                    problemWith(page, url).ifPresent(problem -> broken.add(site.relativize(page) + ": <" + e.tagName()
                            + " " + attr + "=\"" + url + "\">: " + problem));
                }
            }
        }
        return new Check(checked, pages.size(), broken);
    }

    static boolean isExternal(String url) {
        return url.startsWith("//") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }

    /** Why an internal URL on {@code page} does not land, if it does not. */
    Optional<String> problemWith(Path page, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("not a valid URL: " + e.getMessage());
        }
        Optional<Path> target = resolve(page, url);
        if (target.isEmpty()) {
            return Optional.of("no such file");
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty()) {
            Path t = target.get();
            if (!t.getFileName().toString().endsWith(".html")) {
                return Optional.of("a fragment into a file that is not HTML");
            }
            if (page(t).getElementById(fragment) == null) {
                return Optional.of("no element with id '" + fragment + "' in " + site.relativize(t));
            }
        }
        return Optional.empty();
    }

    /** The file a relative URL on {@code page} names, when it exists inside the site. */
    Optional<Path> resolve(Path page, String url) {
        if (isExternal(url)) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.isEmpty()) {
            return Optional.of(page);
        }
        Path target = path.startsWith("/") ? site.resolve(path.substring(1)) : page.getParent().resolve(path);
        return existing(target.normalize());
    }

    Optional<Path> existing(Path target) {
        if (!target.startsWith(site)) {
            return Optional.empty();
        }
        Path file = Files.isDirectory(target) ? target.resolve("index.html") : target;
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    Document page(Path file) {
        return parsed.computeIfAbsent(file, f -> Jsoup.parse(BundledSite.read(f), f.toUri().toString()));
    }
}
