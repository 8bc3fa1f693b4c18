package org.masthead.plan;

/**
 * A page's path under the site root, {@code /}-separated, such as {@code S/2014/660/index.html}.
 * Links between pages are made relative ({@link #relativeTo}) so the site works from any folder,
 * from a server root or opened straight from disk.
 */
public record PageUrl(String path) implements Comparable<PageUrl> {

    public PageUrl {
        if (path.startsWith("/") || path.contains("..") || path.contains("//")) {
            throw new IllegalArgumentException("not a site path: " + path);
        }
    }

    /** The {@code index.html} page of a folder ({@code ""} is the site root). */
    public static PageUrl index(String folder) {
        return new PageUrl(folder.isEmpty() ? "index.html" : folder + "/index.html");
    }

    /** The link from {@code from}'s page to this one, e.g. {@code ../../RES/2164(2014)/index.html}. */
    public String relativeTo(PageUrl from) {
        String[] a = from.path.split("/");
        String[] b = path.split("/");
        int common = 0;
        while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < a.length - 1; i++) {
            sb.append("../");
        }
        for (int i = common; i < b.length; i++) {
            sb.append(b[i]);
            if (i < b.length - 1) {
                sb.append('/');
            }
        }
        return sb.toString();
    }

    /** The prefix that leads from this page back to the site root ({@code ""} or {@code ../../}). */
    public String rootPrefix() {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** The public address: the base URL plus the path, with {@code index.html} left off. */
    public String absolute(String baseUrl) {
        String p = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        return baseUrl + p;
    }

    @Override
    public int compareTo(PageUrl o) {
        return path.compareTo(o.path);
    }
}
