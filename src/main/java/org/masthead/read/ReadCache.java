package org.masthead.read;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import org.masthead.diag.Diagnostics;
import org.masthead.model.Document;
import org.masthead.scan.SourceFile;

/**
 * Where the read stage gets each document: a cache that remembers what files gave before
 * (incremental builds, the preview server), or nothing at all ({@link #none}, for {@code check}).
 * The stage itself does not know which.
 */
public interface ReadCache {

    /** Reads a file's bytes into a document; {@code hash} is the bytes' content hash, or empty when none was made. */
    @FunctionalInterface
    interface Reading {
        Optional<Document> read(SourceFile file, byte[] bytes, String hash, Diagnostics diagnostics);
    }

    /** The document of a file: the one remembered when the file is unchanged, else what {@code reading} makes of it. */
    Optional<Document> read(SourceFile file, Diagnostics diagnostics, Reading reading);

    /** Forgets every file but these (files that vanished leave the cache). */
    void retain(List<String> relativePaths);

    /** Reads every file, remembers nothing. */
    static ReadCache none() {
        return new ReadCache() {
            @Override
            public Optional<Document> read(SourceFile file, Diagnostics diagnostics, Reading reading) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file.path());
                } catch (IOException e) {
                    diagnostics.error(file.path(), 1, "cannot read the file: " + e.getMessage(), null);
                    return Optional.empty();
                }
                return reading.read(file, bytes, "", diagnostics);
            }

            @Override
            public void retain(List<String> relativePaths) {
            }
        };
    }
}
