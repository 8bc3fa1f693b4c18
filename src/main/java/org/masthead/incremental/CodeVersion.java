package org.masthead.incremental;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Identifies the code that renders pages, so that a new Masthead never reuses pages an older
 * one made: the jar's size and time, or, when running from class folders, their newest time.
 */
public final class CodeVersion {
    private static final String VALUE = compute();

    private CodeVersion() {
    }

    public static String get() {
        return VALUE;
    }

    private static String compute() {
        try {
            Path p = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(p)) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                return "jar:" + a.size() + ":" + a.lastModifiedTime().toMillis();
            }
            try (Stream<Path> files = Files.walk(p)) {
                long newest = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
                return "classes:" + newest;
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown:" + System.nanoTime();
        }
    }
}
