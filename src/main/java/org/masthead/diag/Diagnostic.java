package org.masthead.diag;

import java.nio.file.Path;

/**
 * One problem in the input, pinned to a file, line and column (1-based; 0 when unknown).
 * Rendered as {@code file:line:col: severity: message} so editors and CI can annotate it.
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String message, String hint) {

    /**
     * A message and hint are one line each, whatever they quote: a value from the file (a quoted
     * YAML string may hold a line break) or a parser's words (SnakeYAML names a line break by
     * writing one). Editors and CI read one diagnostic a line.
     */
    public Diagnostic {
        message = oneLine(message);
        hint = hint == null ? null : oneLine(hint);
    }

    /** Line breaks and other control characters written as escapes, the rest as it is. */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029;
            if (control && sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (sb != null) {
                if (!control) {
                    sb.append(c);
                } else {
                    sb.append(switch (c) {
                        case '\n' -> "\\n";
                        case '\r' -> "\\r";
                        case '\t' -> "\\t";
                        default -> String.format("\\u%04x", (int) c);
                    });
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    public static Diagnostic error(Path file, int line, String message, String hint) {
        return new Diagnostic(file, line, 1, Severity.ERROR, message, hint);
    }

    public static Diagnostic warning(Path file, int line, String message, String hint) {
        return new Diagnostic(file, line, 1, Severity.WARNING, message, hint);
    }

    public static Diagnostic error(Path file, int line, int column, String message, String hint) {
        return new Diagnostic(file, line, column, Severity.ERROR, message, hint);
    }

    public static Diagnostic warning(Path file, int line, int column, String message, String hint) {
        return new Diagnostic(file, line, column, Severity.WARNING, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The display form; the file is shown relative to the working folder when it lies inside it. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(oneLine(display(file))).append(':').append(Math.max(line, 1)).append(':').append(Math.max(column, 1))
                .append(": ").append(severity.label()).append(": ").append(message);
        if (hint != null && !hint.isBlank()) {
            sb.append("\n  hint: ").append(hint);
        }
        return sb.toString();
    }

    private static String display(Path file) {
        if (file == null) {
            return "<input>";
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
