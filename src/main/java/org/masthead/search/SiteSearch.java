package org.masthead.search;

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

    private SiteSearch() {
    }

    static SearchDoc of(Document d, String url, String markdown) {
        return new SearchDoc(d.symbol().text(), d.title(), d.date(), d.organ(), d.type().key(), d.language().code(),
                d.subjects(), url, plainText(markdown));
    }

    /**
     * Markdown to the words a reader sees: link text kept, markup signs dropped (the analysis
     * ignores them anyway; snippets should not show them). One pass over the text after the
     * links: at the start of a line up to three spaces and a heading, quote, list or table sign
     * with one space after it; anywhere a footnote's label and the signs {@code * _ ` |}. Blank
     * lines between paragraphs become one.
     */
    static String plainText(String markdown) {
        String s = markdown.indexOf('[') < 0 ? markdown : LINK.matcher(markdown).replaceAll("$1");
        // On arrays rather than strings: a build runs this compiled by C1, where each charAt is a call.
        char[] in = s.toCharArray();
        char[] out = new char[in.length];
        int dropped = signsDropped(in, out);
        int collapsed = collapse(out, dropped, in);
        return new String(in, 0, collapsed).strip();
    }

    /**
     * Copies {@code s} into {@code out} without the signs, as
     * {@code (?m)^[ \t]{0,3}(#{1,6}|>|[-*+]|\|)\s?|\[\^[^\]]*\]:?|[*_`|]+} replaced by nothing; returns the length.
     */
    private static int signsDropped(char[] s, char[] out) {
        int n = s.length;
        int o = 0;
        int i = 0;
        while (i < n) {
            if (lineStart(s, i)) {
                int end = lineSign(s, i);
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            char c = s[i];
            if (c == '[' && i + 1 < n && s[i + 1] == '^') {
                int close = i + 2;
                while (close < n && s[close] != ']') {
                    close++;
                }
                if (close < n) {
                    i = close + 1 < n && s[close + 1] == ':' ? close + 2 : close + 1;
                    continue;
                }
            }
            if (c != '*' && c != '_' && c != '`' && c != '|') {
                out[o++] = c;
            }
            i++;
        }
        return o;
    }

    /**
     * Copies the first {@code n} chars of {@code s} into {@code out} with blank lines between
     * paragraphs as one ({@code [ \t]*\n[ \t]*\n\s*} replaced by two newlines); returns the length.
     */
    private static int collapse(char[] s, int n, char[] out) {
        int o = 0;
        int i = 0;
        while (i < n) {
            char c = s[i];
            if (c == ' ' || c == '\t' || c == '\n') {
                int end = blankLines(s, n, i);
                if (end > i) {
                    out[o++] = '\n';
                    out[o++] = '\n';
                    i = end;
                    continue;
                }
            }
            out[o++] = c;
            i++;
        }
        return o;
    }

    /** Whether a line starts at {@code i}, as {@code (?m)^} sees it. */
    private static boolean lineStart(char[] s, int i) {
        if (i == 0) {
            return true;
        }
        char p = s[i - 1];
        return p == '\n' || p == '\r' && s[i] != '\n' || p == '\u0085' || p == '\u2028' || p == '\u2029';
    }

    /** The end of a line's sign ({@code [ \t]{0,3}(#{1,6}|>|[-*+]|\|)\s?}) starting at {@code i}, or {@code i} if none. */
    private static int lineSign(char[] s, int i) {
        int n = s.length;
        int p = i;
        while (p < n && p - i < 3 && (s[p] == ' ' || s[p] == '\t')) {
            p++;
        }
        if (p >= n) {
            return i;
        }
        char c = s[p];
        if (c == '#') {
            int hashes = p;
            while (p < n && p - hashes < 6 && s[p] == '#') {
                p++;
            }
        } else if (c == '>' || c == '-' || c == '*' || c == '+' || c == '|') {
            p++;
        } else {
            return i;
        }
        return p < n && space(s[p]) ? p + 1 : p;
    }

    /** The end of {@code [ \t]*\n[ \t]*\n\s*} starting at {@code i} (within the first {@code n}), or {@code i} if none. */
    private static int blankLines(char[] s, int n, int i) {
        int p = i;
        for (int line = 0; line < 2; line++) {
            while (p < n && (s[p] == ' ' || s[p] == '\t')) {
                p++;
            }
            if (p >= n || s[p] != '\n') {
                return i;
            }
            p++;
        }
        while (p < n && space(s[p])) {
            p++;
        }
        return p;
    }

    /** Java's {@code \s}. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
