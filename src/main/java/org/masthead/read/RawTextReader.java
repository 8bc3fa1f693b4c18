package org.masthead.read;

import java.nio.file.Path;
import java.util.Optional;

import org.masthead.diag.Diagnostics;

/**
 * Turns raw published text (a {@code .txt} file in {@code content/}) into content-format
 * Markdown, reporting what it cannot read. The importer provides the real one.
 */
@FunctionalInterface
public interface RawTextReader {
    Optional<String> read(Path file, String text, Diagnostics diagnostics);

    /** For builds without an importer: every raw file is an error. */
    static RawTextReader unsupported() {
        return (file, text, diagnostics) -> {
            diagnostics.error(file, 1, "raw text files are not supported here", "convert it with 'masthead import'");
            return Optional.empty();
        };
    }
}
