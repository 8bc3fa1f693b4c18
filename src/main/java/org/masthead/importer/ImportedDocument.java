package org.masthead.importer;

import java.util.List;

import org.masthead.model.DocumentType;
import org.masthead.model.Symbol;

/**
 * One imported document.
 *
 * @param markdown   the content file: front matter and body
 * @param warnings   how many warnings the import reported for this file
 * @param references the documents its text cites, found by the build's own finder, in order, without itself
 */
public record ImportedDocument(Symbol symbol, DocumentType type, String markdown, int warnings, Metadata metadata,
                               List<Symbol> references) {
    public ImportedDocument {
        references = List.copyOf(references);
    }
}
