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
        // Line by line from the top, not split(): only the first paragraph is wanted.
        for (int from = 0, end; from < markdown.length(); from = end + 1) {
            end = markdown.indexOf('\n', from);
            if (end < 0) {
                end = markdown.length();
            }
            String line = markdown.substring(from, end).strip();
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
        // Each pattern only where its first character occurs: most openings have no markup at all.
        if (plain.contains("[^")) {
            plain = FOOTNOTE.matcher(plain).replaceAll("");
        }
        if (plain.contains("](")) {
            plain = LINK.matcher(plain).replaceAll("$1");
        }
        if (hasAny(plain, "*_`\\")) {
            plain = MARKUP.matcher(plain).replaceAll("");
        }
        if (plain.indexOf('<') >= 0) {
            plain = TAG.matcher(plain).replaceAll("");
        }
        plain = SPACE.matcher(plain).replaceAll(" ").strip();
        if (plain.length() <= LIMIT) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', LIMIT);
        return plain.substring(0, cut > 0 ? cut : LIMIT) + "…";
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (s.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
