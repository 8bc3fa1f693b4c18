package org.masthead.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/** What goes into one file of the site, made when it is written: big files stream, none sits in memory whole for long. */
@FunctionalInterface
public interface Content {
    void writeTo(OutputStream out) throws IOException;

    /** Content made as one array of bytes. */
    static Content of(Supplier<byte[]> bytes) {
        return out -> out.write(bytes.get());
    }
}
