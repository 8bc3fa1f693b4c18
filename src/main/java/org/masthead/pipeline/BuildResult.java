package org.masthead.pipeline;

import org.masthead.diag.Diagnostics;

/** What a build did: documents read, files written (0 when it stopped on errors), and every diagnostic. */
public record BuildResult(int documents, int files, Diagnostics diagnostics, long millis) {
    public boolean ok() {
        return !diagnostics.hasErrors();
    }
}
