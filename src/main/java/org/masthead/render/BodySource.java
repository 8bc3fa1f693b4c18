package org.masthead.render;

import java.io.IOException;

import org.masthead.model.Document;

/** The Markdown body of a document, fetched when its page is rendered (the build holds metadata only). */
@FunctionalInterface
public interface BodySource {
    String body(Document document) throws IOException;
}
