package org.masthead.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a site without ever touching the live one: files go into a staging folder, which is
 * swapped into place only when every file is written, so a failed build leaves the previous
 * site exactly as it was.
 *
 * <p>Builds are incremental. Every file comes with a key, a hash of everything it was made
 * from; each site folder records the keys of its files in its manifest. The staging folder is
 * the site before last (kept hidden beside the output as the spare), so a file whose key it
 * already has is left alone, a file whose key the live site has is hard-linked from there, and
 * only the rest is rendered and written. Files are replaced, never modified in place, so a hard
 * link never changes the live site. Nothing is deleted in bulk: deleting tens of thousands of
 * files costs more than building them on some disks.
 */
public final class SiteWriter {
    /** The manifest file, which also marks a folder as a site Masthead built. */
    public static final String MARKER = ".masthead-site";

    private final Path out;
    private final Path spare;
    private final Path staging;
    private final Map<String, String> liveKeys;
    private final Map<String, String> stagingKeys;
    private final Map<String, String> newKeys = new ConcurrentHashMap<>();
    private int written;
    private volatile boolean claimed;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    private SiteWriter(Path out, Path spare, Path staging, Map<String, String> liveKeys, Map<String, String> stagingKeys) {
        this.out = out;
        this.spare = spare;
        this.staging = staging;
        this.liveKeys = liveKeys;
        this.stagingKeys = stagingKeys;
    }

    /** Starts a site; fails if {@code out} exists, is not empty and was not built by Masthead. */
    public static SiteWriter open(Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        Map<String, String> live = Map.of();
        if (Files.exists(abs)) {
            Optional<Map<String, String>> keys = Manifest.read(abs);
            if (keys.isPresent()) {
                live = keys.get();
            } else if (!isEmptyDirectory(abs)) {
                throw new IOException("refusing to replace " + out + ": it is not empty and was not built by Masthead "
                        + "(no " + MARKER + " file); choose another --out folder");
            }
        }
        Files.createDirectories(abs.getParent());
        Path spare = abs.resolveSibling("." + abs.getFileName() + ".spare");
        Optional<Map<String, String>> spareKeys = Manifest.read(spare);
        if (spareKeys.isEmpty()) {
            if (Files.exists(spare)) {
                delete(spare);
            }
            Path fresh = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".tmp-");
            return new SiteWriter(abs, spare, fresh, live, Map.of());
        }
        return new SiteWriter(abs, spare, spare, live, spareKeys.get());
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** True when the live site already holds exactly these files with these keys: nothing to do. */
    public boolean upToDate(Map<String, String> keys) {
        return keys.equals(liveKeys);
    }

    /** The key of all the inputs of the live site's last build, if it recorded one (see {@link #commit}). */
    public static Optional<String> liveInputs(Path out) {
        return Manifest.inputs(out.toAbsolutePath().normalize());
    }

    /** Records the inputs key in the live site's manifest, when the site was already up to date. */
    public void recordInputs(Optional<String> inputs) throws IOException {
        if (Files.isDirectory(out)) {
            Manifest.write(out, liveKeys, inputs);
        }
    }

    /** The spare loses its manifest before its first change: a half-changed spare is never trusted. */
    private void claim() {
        if (!claimed) {
            synchronized (this) {
                if (!claimed && staging.equals(spare)) {
                    try {
                        Files.deleteIfExists(spare.resolve(MARKER));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                claimed = true;
            }
        }
    }

    /**
     * Claims a file for the new site; true when it is already there or could be linked from the
     * live site, false when the caller must render it and {@link #write} it.
     */
    public boolean reuse(String path, String key) {
        claim();
        newKeys.put(path, key);
        if (key.equals(stagingKeys.get(path))) {
            return true;
        }
        if (key.equals(liveKeys.get(path))) {
            Path target = target(path);
            try {
                folder(target.getParent());
                if (staging.equals(spare)) {
                    Files.deleteIfExists(target);
                }
                Files.createLink(target, out.resolve(path));
                return true;
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * What goes into a file, written straight to it so that big files never sit in memory whole; the
     * stream is the file's own, unbuffered, so a content writes in large pieces (or buffers itself).
     */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes one file of the site from its content, streamed; {@code path} is relative to the site root and {@code /}-separated. */
    public void write(String path, String key, Content content) {
        claim();
        newKeys.put(path, key);
        Path target = target(path);
        try {
            folder(target.getParent());
            if (staging.equals(spare)) {
                // Replace, never modify: the old file may be a hard link into the live site.
                Files.deleteIfExists(target);
            }
            // No buffer of our own: files arrive as one array each, and the one streamed file (the
            // catalogue) comes through the JSON generator's buffer; a buffer per file was 8 KB made
            // and cleared for each of tens of thousands of files.
            try (OutputStream out = Files.newOutputStream(target)) {
                content.writeTo(out);
            }
            synchronized (this) {
                written++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** Creates a folder once per build: most pages share their parents, and each check is a system call. */
    private void folder(Path dir) throws IOException {
        if (!folders.contains(dir)) {
            Files.createDirectories(dir);
            folders.add(dir);
        }
    }

    private Path target(String path) {
        Path target = staging.resolve(path).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IllegalArgumentException("path escapes the site folder: " + path);
        }
        return target;
    }

    public synchronized int written() {
        return written;
    }

    /**
     * Removes what the new site no longer has, records its manifest (with the key of all its
     * inputs, or none when the next build must look at every file again), and swaps it into place.
     */
    public void commit(Optional<String> inputs) throws IOException {
        claim();
        List<String> stale = new ArrayList<>();
        for (String p : stagingKeys.keySet()) {
            if (!newKeys.containsKey(p)) {
                stale.add(p);
            }
        }
        for (String p : stale) {
            Path f = staging.resolve(p);
            Files.deleteIfExists(f);
            // Empty folders of vanished pages go too, so the tree matches a clean build's.
            for (Path d = f.getParent(); d != null && !d.equals(staging) && isEmptyDirectory(d); d = d.getParent()) {
                Files.delete(d);
            }
        }
        Manifest.write(staging, newKeys, inputs);
        FolderPermissions.likeANewFolder(staging, out);
        if (Files.exists(out)) {
            Path old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
            Files.delete(old);
            move(out, old);
            move(staging, out);
            if (Files.exists(spare)) {
                delete(spare);
            }
            move(old, spare);
        } else {
            move(staging, out);
        }
    }

    /** Gives up: the live site stays as it was; a fresh staging folder is removed, a claimed spare left untrusted. */
    public void abort() {
        if (staging.equals(spare)) {
            return;
        }
        try {
            delete(staging);
        } catch (IOException e) {
            // Best effort: a stray hidden staging folder is harmless and never read.
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(dir);
            return;
        }
        // The manifest goes first: a deletion cut short must leave a folder no build trusts.
        Files.deleteIfExists(dir.resolve(MARKER));
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
