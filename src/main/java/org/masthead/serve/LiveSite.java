package org.masthead.serve;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** One build's files for the preview server: each rendered the first time it is asked for, then kept. */
public final class LiveSite {
    private final Map<String, Supplier<byte[]>> files;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

    public LiveSite(Map<String, Supplier<byte[]>> files) {
        this.files = files;
    }

    /** The bytes of a file by its path under the site root, rendered the first time. */
    public Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.get(path)).map(s -> rendered.computeIfAbsent(path, p -> s.get()));
    }
}
