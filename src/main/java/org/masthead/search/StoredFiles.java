package org.masthead.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Index files made during the search stage and kept in one temporary file until they are written:
 * each document's file is made while its text is at hand for analysis (the body is read and
 * stripped once a build), each shard once (its key is its bytes), and the files never sit in
 * memory together. Like {@link MergedPostings}, the file is unlinked once open (on Linux), so a
 * killed build leaves nothing behind.
 */
final class StoredFiles {
    private final Path path;
    private final FileChannel channel;
    private long[] offsets = new long[1025];
    private int count;
    private long end;

    StoredFiles() {
        try {
            path = Files.createTempFile("masthead-search-docs-", ".bin");
            channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary file for the search index", e);
        }
        PostingsSpill.deleteQuietly(path);
    }

    /** Keeps a file; returns its number, counting from 0. */
    int add(byte[] bytes) {
        try {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                channel.write(buf, end + buf.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index's temporary file", e);
        }
        if (count + 1 == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        end += bytes.length;
        offsets[++count] = end;
        return count - 1;
    }

    /** File number {@code id}, read back. */
    byte[] get(int id) {
        ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(offsets[id + 1] - offsets[id]));
        try {
            while (buf.hasRemaining()) {
                if (channel.read(buf, offsets[id] + buf.position()) < 0) {
                    throw new IOException("the file ended early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index's temporary file", e);
        }
        return buf.array();
    }
}
