package org.masthead.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * One parse of a body for its two readers, the document's page and its Akoma Ntoso file:
 * whichever asks first parses, the other gets the same parse (waiting for it if it is under
 * way) and forgets it. A reader of the same kind as the first (the same page asked for twice
 * by the preview server) parses its own: a parse is rendered by one thread at a time. Parsing is a good part of what a page costs. Bounded, so that a parse
 * whose second reader never asks (the preview server renders pages only) is not held for long.
 * Thread-safe.
 */
final class SharedParses<T> {
    private static final int SIZE = 64;

    /** A document by identity: a record's own equality would compare every field. */
    private record Key(Object document) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.document == document;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(document);
        }
    }

    /** A parse under way or made, and which kind of reader asked for it. */
    private record Shared<T>(String reader, CompletableFuture<T> parse) {
    }

    private final Map<Key, Shared<T>> parses = new LinkedHashMap<>(SIZE * 2) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Shared<T>> eldest) {
            return size() > SIZE;
        }
    };

    /**
     * @param document the document whose body it is, compared by identity
     * @param reader   the kind of reader asking ("page", "akn")
     */
    T parse(Object document, String reader, Supplier<T> parse) {
        CompletableFuture<T> shared;
        boolean first;
        synchronized (this) {
            Key key = new Key(document);
            Shared<T> found = parses.get(key);
            first = found == null || found.reader().equals(reader);
            if (first) {
                shared = new CompletableFuture<>();
                parses.put(key, new Shared<>(reader, shared));
            } else {
                parses.remove(key);
                shared = found.parse();
            }
        }
        if (first) {
            try {
                shared.complete(parse.get());
            } catch (RuntimeException | Error e) {
                shared.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return shared.join();
        } catch (CompletionException e) {
            // The other reader's parse failed: the same failure here (a body nested too deeply, say).
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
