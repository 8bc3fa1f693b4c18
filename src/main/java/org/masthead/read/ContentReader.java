package org.masthead.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.masthead.diag.Diagnostics;
import org.masthead.diag.TraceFile;
import org.masthead.model.Document;
import org.masthead.scan.ContentFiles;
import org.masthead.scan.SourceFile;
import org.masthead.work.Parallel;
import org.masthead.work.Progress;

/**
 * The read stage: every content file read once, in parallel, through a {@link ReadCache};
 * a second document of the same symbol and language is an error naming both files.
 */
public final class ContentReader {
    private final DocumentReader reader;

    public ContentReader(DocumentReader reader) {
        this.reader = reader;
    }

    public Documents read(ContentFiles files, ReadCache cache, Diagnostics diagnostics, Progress progress) {
        progress.total(files.size());
        Map<Path, Documents.Imported> imported = new ConcurrentHashMap<>();
        ReadCache.Reading reading = (file, bytes, hash, local) -> reader.read(file, bytes, local).map(r -> {
            if (file.isRawText()) {
                imported.put(file.path(), new Documents.Imported(hash, r.body()));
            }
            return r.document().withContentHash(hash);
        });
        List<Document> docs = Parallel.map(files.files(), f -> {
            progress.documentRead();
            try {
                return cache.read(f, diagnostics, reading);
            } catch (RuntimeException | StackOverflowError e) {
                // A bug met on one file is reported on that file, and the others are still read.
                diagnostics.error(f.path(), 1, "internal error while reading this file (a bug in Masthead, not "
                        + "necessarily in the file): " + e + "; " + TraceFile.write(e), null);
                return Optional.<Document>empty();
            }
        }).stream().flatMap(Optional::stream).toList();
        cache.retain(files.files().stream().map(SourceFile::relativePath).toList());
        // Versions are whole only once all are read: what they inherit from one another comes last.
        List<Document> versions = Inheritance.apply(dedupe(Inheritance.symbols(docs), diagnostics), diagnostics);
        return new Documents(versions, imported, reader);
    }

    /** Reports every second document of a symbol and language, naming both files. */
    private static List<Document> dedupe(List<Document> docs, Diagnostics diagnostics) {
        Map<String, Document> seen = new HashMap<>();
        List<Document> unique = new ArrayList<>(docs.size());
        for (Document d : docs) {
            String key = d.symbol().text() + "\u0000" + d.language().code();
            Document first = seen.putIfAbsent(key, d);
            if (first == null) {
                unique.add(d);
            } else {
                diagnostics.error(d.source(), symbolLine(d.source()), "duplicate symbol " + d.symbol() + " ("
                        + d.language().code() + "): already defined in " + first.source(), "give each document its "
                        + "own symbol, or mark another language version with 'language:'");
            }
        }
        return unique;
    }

    /**
     * The line of a file's {@code symbol:} key, found again only when there is an error to
     * report: a document may come from the cache, which does not keep it.
     */
    private static int symbolLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("symbol:")) {
                    return i + 1;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Fall through: the front matter starts on line 2.
        }
        return 2;
    }
}
