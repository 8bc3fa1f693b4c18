package org.masthead.cli;

import java.io.PrintWriter;

import org.masthead.diag.Diagnostic;
import org.masthead.diag.Diagnostics;

/** Prints every diagnostic of a run and a count, in the {@code file:line:col: severity: message} form. */
final class DiagnosticPrinter {
    private DiagnosticPrinter() {
    }

    static void print(Diagnostics diagnostics, PrintWriter err) {
        for (Diagnostic d : diagnostics.sorted()) {
            err.println(d.format());
        }
        long errors = diagnostics.errorCount();
        long warnings = diagnostics.warningCount();
        if (errors + warnings > 0) {
            err.println(errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                    + (warnings == 1 ? "" : "s"));
        }
    }
}
