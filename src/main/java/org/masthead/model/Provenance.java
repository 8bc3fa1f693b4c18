package org.masthead.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where a version came from and what the build derived from its file.
 *
 * @param extra       keys the model keeps as written, for templates and JSON, in file order: the
 *                    {@link Field.Group#PROVENANCE} fields ({@code jobs}, {@code undl}, ...) and unknown keys
 * @param source      the content file
 * @param bodyLine    the line of the file on which the body starts
 * @param summary     the start of the body as plain text, for meta descriptions and lists
 * @param contentHash the hash of the file's bytes, or empty before the build has it
 * @param stated      the fields the file itself states; the others are defaults or inherited from other versions
 */
public record Provenance(Map<String, Object> extra, Path source, int bodyLine, String summary, String contentHash,
                         Set<Field> stated) {
    public Provenance {
        // Most documents have no extra keys: one shared empty map instead of a table each.
        extra = extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        stated = Collections.unmodifiableSet(stated.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(stated));
    }

    Provenance withContentHash(String hash) {
        return new Provenance(extra, source, bodyLine, summary, hash, stated);
    }

    Provenance withExtra(Map<String, Object> newExtra) {
        return new Provenance(newExtra, source, bodyLine, summary, contentHash, stated);
    }
}
