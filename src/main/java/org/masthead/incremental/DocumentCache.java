package org.masthead.incremental;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.masthead.diag.Diagnostics;
import org.masthead.model.Document;
import org.masthead.read.ReadCache;
import org.masthead.scan.SourceFile;

/**
 * What reading each content file gave last time, keyed by its path and the hash of its bytes,
 * so an unchanged file is not parsed again. Only files that read without any diagnostic are
 * kept: a file with warnings is read, and warned about, on every build.
 */
public final class DocumentCache implements ReadCache {
    private static final int FORMAT = 3;

    /**
     * A cached reading: the file's size, modification time and content hash, and the document it
     * gave. Like git's index, an unchanged size and time vouch for unchanged bytes, so an
     * unchanged archive is not even read; any other change is caught by the hash.
     */
    record Entry(long size, long modified, String hash, Document document) {
        /** The document is held marked with its hash, so the build takes it as it is rather than a copy. */
        Entry {
            document = document.withContentHash(hash);
        }
    }

    private final Map<String, Entry> entries;
    private volatile boolean dirty;

    private DocumentCache(Map<String, Entry> entries) {
        this.entries = entries;
    }

    private static DocumentCache empty() {
        return new DocumentCache(new ConcurrentHashMap<>());
    }

    /** The cache kept beside an output folder ({@code target/.site.cache/documents.bin} for {@code target/site}), for this code. */
    public static DocumentCache beside(Path out) {
        return load(fileBeside(out), CodeVersion.get());
    }

    static Path fileBeside(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".cache").resolve("documents.bin");
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

    /**
     * The document of a file: the cached one when its size and time, or else its bytes, are as
     * before; otherwise read, and kept when it reads without any diagnostic.
     */
    @Override
    public Optional<Document> read(SourceFile f, Diagnostics diagnostics, Reading reading) {
        long size;
        long modified;
        byte[] bytes;
        try {
            BasicFileAttributes attrs = Files.readAttributes(f.path(), BasicFileAttributes.class);
            size = attrs.size();
            modified = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            Optional<Entry> same = entry(f).filter(e -> e.size() == size && e.modified() == modified);
            if (same.isPresent()) {
                return Optional.of(same.get().document());
            }
            bytes = Files.readAllBytes(f.path());
        } catch (IOException e) {
            diagnostics.error(f.path(), 1, "cannot read the file: " + e.getMessage(), null);
            return Optional.empty();
        }
        String hash = Hashes.of(bytes);
        Optional<Entry> hit = entry(f).filter(e -> e.hash().equals(hash));
        if (hit.isPresent()) {
            put(f.relativePath(), size, modified, hash, hit.get().document());
            return Optional.of(hit.get().document());
        }
        Diagnostics local = new Diagnostics();
        Optional<Document> d = reading.read(f, bytes, hash, local);
        diagnostics.addAll(local);
        if (d.isPresent() && local.sorted().isEmpty()) {
            put(f.relativePath(), size, modified, hash, d.get());
        }
        return d;
    }

    /** The entry of a file, when it was read from the same place (a moved content folder reads again). */
    private Optional<Entry> entry(SourceFile f) {
        return Optional.ofNullable(entries.get(f.relativePath())).filter(e -> e.document().source().equals(f.path()));
    }

    /** Whatever the cache holds for a file, for callers who know it is unchanged (the preview after an edit). */
    public Optional<Document> any(SourceFile f) {
        return Optional.ofNullable(entries.get(f.relativePath())).map(Entry::document);
    }

    private void put(String relativePath, long size, long modified, String hash, Document d) {
        entries.put(relativePath, new Entry(size, modified, hash, d));
        dirty = true;
    }

    /** True when the cache changed since it was loaded or saved. */
    public boolean dirty() {
        return dirty;
    }

    @Override
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
