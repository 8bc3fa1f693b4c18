package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;

import org.masthead.diag.TraceFile;

/**
 * What the user sees when a command fails with an exception rather than a diagnostic: one line,
 * never a stack trace. A failure of the machine (a port taken, a disk full) says what failed; any
 * other exception is a bug in Masthead, said to be one, with its full trace written to a file ({@link TraceFile}).
 */
final class CrashReport {
    /** The exit code of an internal error: neither the content's fault (1) nor the command line's (2). */
    static final int INTERNAL = 3;

    private CrashReport() {
    }

    static int report(Throwable t, PrintWriter err) {
        Throwable cause = t instanceof UncheckedIOException u ? u.getCause() : t;
        if (cause instanceof BindException) {
            err.println("masthead: error: cannot listen on that port: " + cause.getMessage()
                    + " (another server is using it; choose another with --port N)");
            return Main.USAGE;
        }
        if (cause instanceof IOException) {
            err.println("masthead: error: " + cause.getMessage());
            return Main.CONTENT_ERRORS;
        }
        if (t instanceof OutOfMemoryError) {
            err.println("masthead: error: out of memory; give Masthead more, e.g. MASTHEAD_JAVA_OPTS=-Xmx2g bin/masthead ...");
            return INTERNAL;
        }
        String where = TraceFile.write(t);
        err.println("masthead: internal error (a bug in Masthead, not a problem in your content): " + t
                + "; " + where);
        return INTERNAL;
    }
}
