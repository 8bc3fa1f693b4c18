package org.masthead.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan on a real folder: which files are content, and in which order. */
class ContentScannerTest {
    @TempDir
    Path content;

    private void touch(String relative) throws IOException {
        Path p = content.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
    }

    @Test
    void findsMarkdownAndTextSortedAndSkipsHiddenAndOtherFiles() throws IOException {
        for (String f : List.of("S/2014/660.md", "S/2014/103.txt", "A/68/789.md", "notes.pdf", "S/2014/660.md~",
                ".draft.md", "S/.git/x.md", ".cache/S/1.md", "S/2014/.660.md", "S/2014/a.b/c.md")) {
            touch(f);
        }
        Files.createDirectories(content.resolve("folder.md"));
        List<String> found = new ContentScanner().scan(content).stream().map(SourceFile::relativePath).toList();
        assertEquals(List.of("A/68/789.md", "S/2014/103.txt", "S/2014/660.md", "S/2014/a.b/c.md"), found);
    }

    @Test
    void relativePathsDoNotDependOnHowTheFolderIsWritten() throws IOException {
        touch("S/2014/660.md");
        touch("A/68/789.md");
        List<String> expected = List.of("A/68/789.md", "S/2014/660.md");
        for (Path written : List.of(content, content.resolve("."), content.resolve("S/..").normalize(),
                Path.of("").toAbsolutePath().relativize(content))) {
            assertEquals(expected, new ContentScanner().scan(written).stream().map(SourceFile::relativePath).toList(),
                    written.toString());
        }
    }
}
