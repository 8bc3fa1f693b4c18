package org.masthead.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.masthead.plan.PlannedFile;

/** A planned file with the content render made for it; the bytes are made when asked for. */
public record RenderedFile(PlannedFile planned, Content content) {
    public String path() {
        return planned.path();
    }

    /** The whole file in memory: for the preview server, which serves one file at a time. */
    public byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        try {
            content.writeTo(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }
}
