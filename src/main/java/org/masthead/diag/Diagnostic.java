package org.masthead.diag;

import java.nio.file.Path;

/**
 * One problem in the input, pinned to a file, line and column (1-based; 0 when unknown).
 * Rendered as {@code file:line:col: severity: message} so editors and CI can annotate it.
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String message, String hint) {

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
        sb.append(display(file)).append(':').append(Math.max(line, 1)).append(':').append(Math.max(column, 1))
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
