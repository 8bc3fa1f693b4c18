package org.masthead.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.read.RawTextReader;

/** A raw .txt in content/ is imported once per build: what reading it gave is what its page shows. */
class ImportOnceTest {
    @TempDir
    Path dir;

    private final AtomicInteger imports = new AtomicInteger();

    /** Stands in for the importer: the text's one line becomes the body. */
    private final RawTextReader importer = (file, text, diagnostics) -> {
        imports.incrementAndGet();
        return Optional.of("---\nsymbol: S/2014/7\ntitle: A letter\ndate: 2014-01-07\ndistribution: General\n---\n\n"
                + text.strip() + "\n");
    };

    @Test
    void aRawTextIsImportedOncePerBuildAndNotAtAllWhenUnchanged() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("S_2014_7.txt"), "First words, citing S/2014/8.");
        BuildOptions options = BuildOptions.of(content, dir.resolve("no-templates"), dir.resolve("site"));
        Pipeline pipeline = new Pipeline(importer);

        assertTrue(pipeline.build(options).ok());
        assertEquals(1, imports.get(), "read and render share one import");
        assertTrue(Files.readString(dir.resolve("site/S/2014/7/index.html")).contains("First words"));

        assertTrue(pipeline.build(options).ok());
        assertEquals(1, imports.get(), "an unchanged archive is not read at all");

        Files.writeString(content.resolve("S_2014_7.txt"), "Second words.");
        assertTrue(pipeline.build(options).ok());
        assertEquals(2, imports.get(), "an edited text is imported once more");
        assertTrue(Files.readString(dir.resolve("site/S/2014/7/index.html")).contains("Second words"));
    }
}
