package org.masthead.incremental;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.masthead.model.Document;

/**
 * What reading each content file gave last time, keyed by its path and the hash of its bytes,
 * so an unchanged file is not parsed again. Only files that read without any diagnostic are
 * kept: a file with warnings is read, and warned about, on every build.
 */
public final class DocumentCache {
    private static final int FORMAT = 2;

    /**
     * A cached reading: the file's size, modification time and content hash, and the document it
     * gave. Like git's index, an unchanged size and time vouch for unchanged bytes, so an
     * unchanged archive is not even read; any other change is caught by the hash.
     */
    public record Entry(long size, long modified, String hash, Document document) {
        /** The document is held marked with its hash, so the build takes it as it is rather than a copy. */
        public Entry {
            document = document.withContentHash(hash);
        }
    }

    private final Map<String, Entry> entries;
    private volatile boolean dirty;

    private DocumentCache(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static DocumentCache empty() {
        return new DocumentCache(new ConcurrentHashMap<>());
    }

    /** Loads a cache written by {@link #save}; an absent, old or damaged file gives an empty cache. */
    public static DocumentCache load(Path file, String salt) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(salt)) {
                return empty();
            }
            int n = in.readInt();
            Map<String, Entry> map = new ConcurrentHashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String path = in.readUTF();
                long size = in.readLong();
                long modified = in.readLong();
                String hash = in.readUTF();
                map.put(path, new Entry(size, modified, hash, DocumentCodec.read(in)));
            }
            return new DocumentCache(map);
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /** The entry of a file whose size and time are unchanged, or null. */
    public Entry unchanged(String relativePath, long size, long modified) {
        Entry e = entries.get(relativePath);
        return e != null && e.size() == size && e.modified() == modified ? e : null;
    }

    /** Whatever the cache holds for a path, for callers who know the file is unchanged. */
    public Entry any(String relativePath) {
        return entries.get(relativePath);
    }

    /** The entry of a file whose bytes hash as before, or null. */
    public Entry get(String relativePath, String hash) {
        Entry e = entries.get(relativePath);
        return e != null && e.hash().equals(hash) ? e : null;
    }

    public void put(String relativePath, long size, long modified, String hash, Document d) {
        entries.put(relativePath, new Entry(size, modified, hash, d));
        dirty = true;
    }

    /** True when the cache changed since it was loaded or saved. */
    public boolean dirty() {
        return dirty;
    }

    /** Keeps only the given paths (files that vanished leave the cache). */
    public void retain(List<String> paths) {
        Map<String, Entry> keep = new HashMap<>();
        for (String p : paths) {
            Entry e = entries.get(p);
            if (e != null) {
                keep.put(p, e);
            }
        }
        if (keep.size() != entries.size()) {
            dirty = true;
        }
        entries.clear();
        entries.putAll(keep);
    }

    /** Writes the cache atomically: a crash mid-write leaves the old file or none, never half of one. */
    public void save(Path file, String salt) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".documents", ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(FORMAT);
            out.writeUTF(salt);
            List<String> keys = entries.keySet().stream().sorted().toList();
            out.writeInt(keys.size());
            for (String k : keys) {
                Entry e = entries.get(k);
                out.writeUTF(k);
                out.writeLong(e.size());
                out.writeLong(e.modified());
                out.writeUTF(e.hash());
                DocumentCodec.write(out, e.document());
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        dirty = false;
    }
}
