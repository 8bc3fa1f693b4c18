package org.masthead.scan;

import java.util.List;

/** What the scan found: every content file, sorted by relative path. */
public record ContentFiles(List<SourceFile> files) {
    public ContentFiles {
        files = List.copyOf(files);
    }

    public int size() {
        return files.size();
    }
}
