package org.masthead.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

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
