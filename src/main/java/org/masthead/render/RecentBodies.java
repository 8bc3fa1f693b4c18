package org.masthead.render;

import com.vladsch.flexmark.util.ast.Node;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.masthead.model.Document;

/**
 * The parses of the bodies whose pages were rendered last, each kept until the document's
 * Akoma Ntoso file takes it: that file is planned right after the page, so it usually comes
 * next, and the body is not parsed twice. Bounded, so that a page whose file is never asked
 * for (the preview server) does not hold its parse for long. Thread-safe.
 */
final class RecentBodies {
    private static final int SIZE = 64;

    /** A document by identity: a record's own equality would compare every field. */
    private record Key(Document document) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.document == document;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(document);
        }
    }

    private final Map<Key, Node> recent = new LinkedHashMap<>(SIZE * 2) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Node> eldest) {
            return size() > SIZE;
        }
    };

    synchronized void put(Document d, Node parsed) {
        recent.put(new Key(d), parsed);
    }

    /** The parse of a document's body, if its page was rendered lately; it is given once. */
    synchronized Optional<Node> take(Document d) {
        return Optional.ofNullable(recent.remove(new Key(d)));
    }
}
