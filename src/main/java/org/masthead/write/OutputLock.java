package org.masthead.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Supplier;

import org.masthead.diag.Diagnostics;

/**
 * One build at a time into an output folder: a lock on a file beside it ({@code .site.lock} for
 * {@code site}). The operating system drops the lock when the process ends, however it ends, so a
 * killed build never leaves a stale lock behind; the file itself stays and is harmless.
 */
public final class OutputLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of an output folder. */
    public static Path fileOf(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".lock");
    }

    /**
     * Runs {@code work} holding the output folder's lock, after putting right what a killed build
     * left there; gives nothing, with a diagnostic, when another build holds the lock or the
     * folder cannot be put right.
     */
    public static <R> Optional<R> whileHeld(Path out, Diagnostics diagnostics, Supplier<R> work) {
        Optional<OutputLock> lock;
        try {
            lock = tryTake(out);
        } catch (IOException e) {
            diagnostics.error(out, 0, "cannot lock the output folder: " + e.getMessage(), null);
            return Optional.empty();
        }
        if (lock.isEmpty()) {
            diagnostics.error(out, 0, "another build is writing to this folder now (it holds " + fileOf(out)
                    + "); nothing was done", "wait for it to finish, or build into another folder with --out");
            return Optional.empty();
        }
        try (OutputLock held = lock.get()) {
            Recovery.recover(out);
            return Optional.of(work.get());
        } catch (IOException e) {
            diagnostics.error(out, 0, "cannot put right what an interrupted build left: " + e.getMessage(), null);
            return Optional.empty();
        }
    }

    /** Takes the lock, or gives none when another build holds it. */
    public static Optional<OutputLock> tryTake(Path out) throws IOException {
        Path file = fileOf(out);
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new OutputLock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // Held by another build in this same process: as busy as one in another.
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
