package org.masthead.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Walks the content folder for document files: {@code .md} (the content format) and {@code .txt}
 * (raw published text, imported on the fly). Hidden files and folders are skipped; the result is
 * sorted so every later stage sees the same order on every machine.
 */
public final class ContentScanner {

    public List<SourceFile> scan(Path contentDir) {
        // find, not walk and a filter: it hands over the attributes the walk read, one stat a file fewer.
        try (Stream<Path> walk = Files.find(contentDir, Integer.MAX_VALUE, (p, attrs) -> {
            String name = p.toString();
            return attrs.isRegularFile() && (name.endsWith(".md") || name.endsWith(".txt"));
        }, FileVisitOption.FOLLOW_LINKS)) {
            return walk.map(p -> new SourceFile(p, contentDir.relativize(p).toString().replace('\\', '/')))
                    .filter(f -> !isHidden(f.relativePath()))
                    .sorted(Comparator.comparing(SourceFile::relativePath))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read content folder " + contentDir, e);
        }
    }

    private static boolean isHidden(String relativePath) {
        return relativePath.startsWith(".") || relativePath.contains("/.");
    }
}
