package org.masthead.scan;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.masthead.diag.Diagnostics;

/**
 * Walks the content folder for document files: {@code .md} (the content format) and {@code .txt}
 * (raw published text, imported on the fly). Hidden files and folders are skipped; the result is
 * sorted so every later stage sees the same order on every machine.
 */
public final class ContentScanner {

    /** The scan stage: every content file, or none and an error when the folder is missing. */
    public ContentFiles scan(Path contentDir, Diagnostics diagnostics) {
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error(contentDir, 0, "the content folder does not exist",
                    "run from the archive's folder or pass --content DIR");
            return new ContentFiles(List.of());
        }
        return new ContentFiles(scan(contentDir));
    }

    public List<SourceFile> scan(Path contentDir) {
        // find, not walk and a filter: it hands over the attributes the walk read, one stat a file fewer.
        try (Stream<Path> walk = Files.find(contentDir, Integer.MAX_VALUE, (p, attrs) -> {
            String name = p.toString();
            return attrs.isRegularFile() && (name.endsWith(".md") || name.endsWith(".txt"));
        }, FileVisitOption.FOLLOW_LINKS)) {
            String base = contentDir.toString();
            String prefix = base.isEmpty() || base.endsWith(File.separator) ? base : base + File.separator;
            return walk.map(p -> new SourceFile(p, relative(contentDir, prefix, p)))
                    .filter(f -> !isHidden(f.relativePath()))
                    .sorted(Comparator.comparing(SourceFile::relativePath))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read content folder " + contentDir, e);
        }
    }

    /**
     * The path below the content folder, {@code /}-separated. Every path of the walk starts with
     * the folder's own, so a substring does what {@code relativize} does, which compares the
     * paths name by name and costs most of the scan while its code is still interpreted.
     */
    private static String relative(Path contentDir, String prefix, Path p) {
        String full = p.toString();
        String rel = !prefix.isEmpty() && full.startsWith(prefix) ? full.substring(prefix.length())
                : contentDir.relativize(p).toString();
        return rel.replace('\\', '/');
    }

    private static boolean isHidden(String relativePath) {
        return relativePath.startsWith(".") || relativePath.contains("/.");
    }
}
