package org.masthead.read;

import java.nio.file.Path;

import org.masthead.diag.Diagnostics;

/**
 * Limits on a body that keep a build alive. The Markdown renderer recurses once per level of
 * quotes and lists inside one another, so a hostile file of a thousand nested quotes would end
 * the build with a stack overflow; no real document nests more than a few levels.
 */
final class BodyLimits {
    /** Quotes and lists inside one another; the renderer has room for several hundred on any thread. */
    static final int MAX_NESTING = 100;

    private BodyLimits() {
    }

    /** Reports the first line that nests deeper than {@link #MAX_NESTING}; true when none does. */
    static boolean check(String body, Path file, int bodyLine, Diagnostics diagnostics) {
        int line = bodyLine;
        for (int start = 0; start < body.length(); line++) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            int depth = depth(body, start, end);
            if (depth > MAX_NESTING) {
                diagnostics.error(file, line, "the body nests about " + depth + " quotes and lists inside one another here; "
                        + "at most " + MAX_NESTING + " are accepted", "flatten the quotes and lists");
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    /**
     * An upper estimate of how deep a line nests: every quote mark and list marker at its start
     * opens a level, and so does every two columns of indentation before the first marker (a nested
     * list's least); indentation alone (code, tables of published text) opens none.
     */
    static int depth(String s, int from, int to) {
        int markers = 0;
        int indent = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == ' ') {
                indent += markers == 0 ? 1 : 0;
            } else if (c == '\t') {
                indent += markers == 0 ? 4 : 0;
            } else if (c == '>' || ((c == '-' || c == '*' || c == '+') && i + 1 < to && s.charAt(i + 1) == ' ')) {
                markers++;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < to && j - i < 9 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                if (j < to && (s.charAt(j) == '.' || s.charAt(j) == ')')) {
                    markers++;
                    i = j;
                } else {
                    break;
                }
            } else {
                break;
            }
            i++;
        }
        return markers == 0 ? 0 : markers + indent / 2;
    }
}
