package org.masthead.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.masthead.diag.Diagnostics;
import org.masthead.diag.TraceFile;
import org.masthead.work.Parallel;
import org.masthead.work.Progress;

/**
 * The write stage: files whose key the old sites have are kept or linked, the rest rendered and
 * written, in parallel, into the staging folder, which replaces the live site only when every
 * file is written without an error. On any error the live site is left as it was.
 */
public final class Publisher {
    private Publisher() {
    }

    public static Written publish(Path out, KeyedSite site, Diagnostics diagnostics, Progress progress) {
        SiteWriter writer;
        try {
            writer = SiteWriter.open(out);
        } catch (IOException e) {
            diagnostics.error(out, 0, e.getMessage(), null);
            return Written.NOTHING;
        }
        try {
            Map<String, String> keys = new HashMap<>(site.files().size() * 2);
            site.files().forEach(f -> keys.put(f.path(), f.key()));
            if (writer.upToDate(keys)) {
                writer.abort();
                writer.recordInputs(inputs(site, diagnostics));
                return new Written(0, true);
            }
            Parallel.forEach(site.files(), f -> {
                if (!writer.reuse(f.path(), f.key())) {
                    writer.write(f.path(), f.key(), f.content());
                    progress.pageRendered();
                }
            });
            if (diagnostics.hasErrors()) {
                writer.abort();
                return Written.NOTHING;
            }
            writer.commit(inputs(site, diagnostics));
            return new Written(writer.written(), true);
        } catch (IOException | UncheckedIOException e) {
            writer.abort();
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            diagnostics.error(out, 0, "cannot write the site (" + e.getMessage() + (io == e ? "" : ": " + io.getMessage())
                    + "); the previous site is left as it was", null);
            return Written.NOTHING;
        } catch (RuntimeException | StackOverflowError e) {
            writer.abort();
            diagnostics.error(out, 0, "internal error while writing the site (a bug in Masthead): " + e + "; "
                    + TraceFile.write(e) + "; the previous site is left as it was", null);
            return Written.NOTHING;
        }
    }

    /** The inputs key is recorded only after a build without any diagnostic: a warned-about file is read again next time. */
    private static Optional<String> inputs(KeyedSite site, Diagnostics diagnostics) {
        return diagnostics.sorted().isEmpty() ? site.inputs() : Optional.empty();
    }
}
