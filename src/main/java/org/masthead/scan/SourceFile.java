package org.masthead.scan;

import java.nio.file.Path;

/** A content file found by the scan: where it is, and its path relative to the content folder ({@code /}-separated). */
public record SourceFile(Path path, String relativePath) {
    public boolean isRawText() {
        return relativePath.endsWith(".txt");
    }
}
