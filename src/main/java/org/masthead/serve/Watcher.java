package org.masthead.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders recursively and calls back once per burst of changes: editors save a file
 * in several steps, and one rebuild should follow, not five.
 */
public final class Watcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 10;

    private final WatchService service;

    public Watcher(Path... roots) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                register(root);
            }
        }
    }

    private void register(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Blocks until something changes, then waits for a short quiet spell; returns the paths
     * touched (absolute), an empty set when a path could not be known (overflow), or nothing when closed.
     */
    public Optional<Set<Path>> awaitChange() throws InterruptedException {
        try {
            Set<Path> touched = new HashSet<>();
            WatchKey key = service.take();
            boolean known = drain(key, touched);
            WatchKey more;
            while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                known &= drain(more, touched);
            }
            return Optional.of(known ? touched : Set.of());
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
    }

    private boolean drain(WatchKey key, Set<Path> touched) {
        Path dir = (Path) key.watchable();
        boolean known = true;
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW || !(e.context() instanceof Path)) {
                known = false;
                continue;
            }
            Path child = dir.resolve((Path) e.context()).toAbsolutePath().normalize();
            touched.add(child);
            if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                if (Files.isDirectory(child)) {
                    try {
                        register(child);
                    } catch (IOException ignored) {
                        // A folder that vanished at once needs no watching.
                    }
                }
            }
        }
        key.reset();
        return known;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
