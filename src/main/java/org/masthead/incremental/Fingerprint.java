package org.masthead.incremental;

import org.masthead.render.Templates;

/** A hash of every template and asset a template engine can read. */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(Templates templates) {
        Hashes.Hasher h = Hashes.hasher();
        templates.sources().forEach((name, bytes) -> h.put(name).put(bytes));
        return h.hex();
    }
}
