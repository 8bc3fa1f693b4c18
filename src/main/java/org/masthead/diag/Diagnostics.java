package org.masthead.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of a run instead of stopping at the first, so a user with
 * forty broken files sees forty lines. Thread-safe: stages report from parallel workers.
 */
public final class Diagnostics {
    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file() == null ? "" : d.file().toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        all.add(d);
    }

    public void error(Path file, int line, String message, String hint) {
        add(Diagnostic.error(file, line, message, hint));
    }

    public void warning(Path file, int line, String message, String hint) {
        add(Diagnostic.warning(file, line, message, hint));
    }

    public void error(Path file, int line, int column, String message, String hint) {
        add(Diagnostic.error(file, line, column, message, hint));
    }

    public void warning(Path file, int line, int column, String message, String hint) {
        add(Diagnostic.warning(file, line, column, message, hint));
    }

    public synchronized void addAll(Diagnostics other) {
        all.addAll(other.sorted());
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long errorCount() {
        return all.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return all.size() - errorCount();
    }

    /** How many files have at least one error. */
    public synchronized long filesWithErrors() {
        return all.stream().filter(Diagnostic::isError).map(Diagnostic::file).distinct().count();
    }

    /** Every diagnostic in a stable order (file, line, column), whatever order workers reported them in. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(ORDER);
        return copy;
    }
}
