package org.masthead.model;

/**
 * Which document and which version of it: the symbol, the language of this version, and what
 * kind of document it is and who issued it.
 */
public record Identity(Symbol symbol, Language language, DocumentType type, String organ) {
}
