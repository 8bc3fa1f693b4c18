package org.masthead.read;

import java.util.Optional;

/**
 * A content file cut into its front matter and its body.
 *
 * @param frontMatter the YAML between the {@code ---} lines
 * @param bodyLine    the file line (1-based) on which the body starts
 */
public record SplitFile(String frontMatter, String body, int bodyLine) {

    /** Splits text that opens with a {@code ---} line; empty when there is no complete front matter block. */
    public static Optional<SplitFile> of(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!t.startsWith("---")) {
            return Optional.empty();
        }
        int firstEol = t.indexOf('\n');
        if (firstEol < 0 || !t.substring(0, firstEol).strip().equals("---")) {
            return Optional.empty();
        }
        int line = 2;
        int pos = firstEol + 1;
        while (pos <= t.length()) {
            int eol = t.indexOf('\n', pos);
            int end = eol < 0 ? t.length() : eol;
            String l = t.substring(pos, end).strip();
            if (l.equals("---") || l.equals("...")) {
                String yaml = t.substring(firstEol + 1, pos);
                String body = eol < 0 ? "" : t.substring(eol + 1);
                return Optional.of(new SplitFile(yaml, body, line + 1));
            }
            if (eol < 0) {
                break;
            }
            pos = eol + 1;
            line++;
        }
        return Optional.empty();
    }
}
