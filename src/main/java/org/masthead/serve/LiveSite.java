package org.masthead.serve;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** One build's files for the preview server: each rendered the first time it is asked for, then kept. */
public final class LiveSite {
    private final Map<String, Supplier<byte[]>> files;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();
    private final Instant changed;

    public LiveSite(Map<String, Supplier<byte[]>> files) {
        this(files, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** @param changed when this version of the site was made, in whole seconds (HTTP dates have no finer ones) */
    public LiveSite(Map<String, Supplier<byte[]>> files, Instant changed) {
        this.files = files;
        this.changed = changed;
    }

    /** The version after this one, made from these files: changed at least a second later, so a browser never keeps a stale page. */
    public LiveSite next(Map<String, Supplier<byte[]>> files) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new LiveSite(files, now.isAfter(changed) ? now : changed.plusSeconds(1));
    }

    public Instant changed() {
        return changed;
    }

    /** The bytes of a file by its path under the site root, rendered the first time. */
    public Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.get(path)).map(s -> rendered.computeIfAbsent(path, p -> s.get()));
    }
}
