package org.masthead.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a site into a temporary folder beside the output folder and swaps it into place only
 * when every page is written, so a failed build never leaves a half-written site and the
 * previous site survives untouched. Safe for parallel writers.
 */
public final class SiteWriter {
    /** Marks a folder as a site Masthead built, so a wrong {@code --out} never replaces someone's files. */
    public static final String MARKER = ".masthead-site";

    private final Path out;
    private final Path staging;

    private SiteWriter(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    /** Starts a site; fails if {@code out} exists, is not empty and was not built by Masthead. */
    public static SiteWriter open(Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        if (Files.exists(abs) && !replaceable(abs)) {
            throw new IOException("refusing to replace " + out + ": it is not empty and was not built by Masthead "
                    + "(no " + MARKER + " file); choose another --out folder");
        }
        Files.createDirectories(abs.getParent());
        Path staging = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".tmp-");
        Files.writeString(staging.resolve(MARKER), "This folder is a site built by Masthead; builds replace it.\n");
        return new SiteWriter(abs, staging);
    }

    private static boolean replaceable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.exists(dir.resolve(MARKER))) {
            return true;
        }
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Writes one file of the site; {@code path} is relative to the site root and {@code /}-separated. */
    public void write(String path, byte[] bytes) {
        Path target = staging.resolve(path).normalize();
        if (!target.startsWith(staging)) {
            throw new IllegalArgumentException("path escapes the site folder: " + path);
        }
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    public void write(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Puts the new site in place of the old one, then deletes the old one. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(out)) {
            old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
            Files.delete(old);
            move(out, old);
        }
        move(staging, out);
        if (old != null) {
            delete(old);
        }
    }

    /** Throws the staged files away; the previous site stays as it was. */
    public void abort() {
        try {
            delete(staging);
        } catch (IOException e) {
            // Best effort: a stray hidden staging folder is harmless and the next build ignores it.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
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
