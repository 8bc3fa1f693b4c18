package org.masthead.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/** One build's files for the preview server: each rendered the first time it is asked for, then kept. */
public final class LiveSite implements Function<String, byte[]> {
    private final Map<String, Supplier<byte[]>> files;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

    public LiveSite(Map<String, Supplier<byte[]>> files) {
        this.files = files;
    }

    @Override
    public byte[] apply(String path) {
        Supplier<byte[]> s = files.get(path);
        return s == null ? null : rendered.computeIfAbsent(path, p -> s.get());
    }
}
