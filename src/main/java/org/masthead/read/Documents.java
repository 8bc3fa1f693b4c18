package org.masthead.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.masthead.model.Document;

/**
 * What the read stage gives: every document (one per symbol and language), and the Markdown
 * that this build's imports of raw {@code .txt} files made, kept so that render does not run
 * the importer a second time. Bodies of {@code .md} files are not kept: they are read again
 * when their page is rendered, so memory stays flat in the archive's size.
 */
public final class Documents {
    /** The body an import gave, with the content hash of the text it came from. */
    record Imported(String hash, String body) {
    }

    private final List<Document> list;
    private final Map<Path, Imported> imported;
    private final DocumentReader reader;

    Documents(List<Document> list, Map<Path, Imported> imported, DocumentReader reader) {
        this.list = List.copyOf(list);
        this.imported = Map.copyOf(imported);
        this.reader = reader;
    }

    public List<Document> list() {
        return list;
    }

    public int size() {
        return list.size();
    }

    /**
     * The body of a document, for rendering: what this build's import of its file gave, when
     * the file's hash is the same; otherwise the file read (and, if raw text, imported) once more.
     */
    public String body(Document d) throws IOException {
        Optional<Imported> kept = Optional.ofNullable(imported.get(d.source()));
        if (kept.isPresent() && kept.get().hash().equals(d.contentHash())) {
            return kept.get().body();
        }
        return reader.body(d.source());
    }
}
