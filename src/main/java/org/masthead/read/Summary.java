package org.masthead.read;

import java.util.regex.Pattern;

/** The opening words of a body as plain text, for meta descriptions and document lists. */
final class Summary {
    private static final int LIMIT = 220;
    // Compiled once: this runs for every document of every build.
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^[^\\]]*\\]");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MARKUP = Pattern.compile("[*_`\\\\]");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Summary() {
    }

    static String of(String markdown) {
        StringBuilder out = new StringBuilder();
        for (String raw : markdown.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (out.length() > 0) {
                    break;
                }
                continue;
            }
            if (line.startsWith("#") || line.startsWith("|") || line.startsWith("[^")) {
                if (out.length() > 0) {
                    break;
                }
                continue;
            }
            out.append(out.length() > 0 ? " " : "").append(line);
            if (out.length() > LIMIT) {
                break;
            }
        }
        String plain = out.toString();
        plain = FOOTNOTE.matcher(plain).replaceAll("");
        plain = LINK.matcher(plain).replaceAll("$1");
        plain = MARKUP.matcher(plain).replaceAll("");
        plain = TAG.matcher(plain).replaceAll("");
        plain = SPACE.matcher(plain).replaceAll(" ").strip();
        if (plain.length() <= LIMIT) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', LIMIT);
        return plain.substring(0, cut > 0 ? cut : LIMIT) + "…";
    }
}
