package org.masthead.search;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Every term's postings, in {@link PostingsSpill#SHARD_ORDER}, in one temporary file read back
 * when an index file is written: the shards' terms lie together, found through the offset of
 * each of {@link #BUCKETS} buckets of the hash's low bits, and only the big terms are listed in
 * memory. On Linux the file is unlinked as soon as it is open, so nothing is left behind even by a
 * killed build; the open channel goes with this object.
 */
final class MergedPostings {
    /** Buckets by the low 16 bits of a term's hash: any power-of-two shard count up to this is a run of buckets. */
    static final int BUCKETS = 1 << 16;

    /** A term with postings longer than this (in bytes as held) gets its own file. */
    private final int bigBytes;
    private final FileChannel file;
    private final long[] bucketStart;
    private final List<Big> big;
    private final long smallBytes;

    /** A term whose postings get their own file, where its record lies in the merged file. */
    record Big(String term, long offset, int length) {
    }

    /** Told of every term once, with its number of documents. */
    interface Sink extends BiConsumer<String, Integer> {
    }

    private MergedPostings(int bigBytes, FileChannel file, long[] bucketStart, List<Big> big, long smallBytes) {
        this.bigBytes = bigBytes;
        this.file = file;
        this.bucketStart = bucketStart;
        this.big = big;
        this.smallBytes = smallBytes;
    }

    /** Bytes of postings of the terms that stay in their shard: what the shard count follows. */
    long smallBytes() {
        return smallBytes;
    }

    /** The big terms, in term order. */
    List<Big> big() {
        return big;
    }

    boolean isBig(int length) {
        return length > bigBytes;
    }

    /** The records of one shard of {@code shards} (a power of two): term, count, postings. */
    List<Record> shard(int shard, int shards) {
        int bits = Integer.numberOfTrailingZeros(shards);
        int first = bits == 0 ? 0 : Integer.reverse(shard) >>> (32 - bits);
        int width = BUCKETS >> bits;
        return records(bucketStart[first * width], bucketStart[(first + 1) * width]);
    }

    /** The one record of a big term. */
    Record record(Big b) {
        return records(b.offset(), b.offset() + b.length()).get(0);
    }

    /** One term as merged: its postings as {@link TermPostings} writes them. */
    record Record(String term, int count, byte[] bytes) {
    }

    private List<Record> records(long from, long to) {
        ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(to - from));
        try {
            while (buf.hasRemaining()) {
                if (file.read(buf, from + buf.position()) < 0) {
                    throw new IOException("the merged postings file ended early");
                }
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(buf.array()));
            List<Record> out = new ArrayList<>();
            while (in.available() > 0) {
                String term = PostingsSpill.readTerm(in);
                int count = in.readInt();
                out.add(new Record(term, count, in.readNBytes(in.readInt())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search postings' temporary file", e);
        }
    }

    /** Writes merged terms in order, joining a term's runs into one list of postings. */
    static final class Writer {
        private final Path path;
        private final Sink sink;
        private final int bigBytes;
        private final DataOutputStream out;
        private final long[] bucketStart = new long[BUCKETS + 1];
        private final List<Big> big = new ArrayList<>();
        private int nextBucket;
        private long offset;
        private long smallBytes;
        private String term;
        private byte[] bytes = new byte[256];
        private int length;
        private int count;
        private int lastDoc;

        Writer(Path path, Sink sink, int bigBytes) throws IOException {
            this.path = path;
            this.sink = sink;
            this.bigBytes = bigBytes;
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16));
        }

        void start(String t, byte[] b, int len, int n, int last) {
            term = t;
            length = 0;
            room(len);
            System.arraycopy(b, 0, bytes, 0, len);
            length = len;
            count = n;
            lastDoc = last;
        }

        /** A later run's postings of the same term: its first gap, counted from -1, becomes one from this run's last document. */
        void append(byte[] b, int len, int n, int last) {
            int[] pos = {0};
            int firstDoc = VarInts.next(b, pos);
            room(len + 5);
            length = VarInts.put(bytes, length, firstDoc - lastDoc - 1);
            System.arraycopy(b, pos[0], bytes, length, len - pos[0]);
            length += len - pos[0];
            count += n;
            lastDoc = last;
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
            }
        }

        void finish() throws IOException {
            int bucket = (int) (PostingsSpill.rank(term) >>> 16);
            while (nextBucket <= bucket) {
                bucketStart[nextBucket++] = offset;
            }
            int termBytes = PostingsSpill.writeTerm(out, term);
            out.writeInt(count);
            out.writeInt(length);
            out.write(bytes, 0, length);
            int size = 4 + termBytes + 4 + 4 + length;
            if (length > bigBytes) {
                big.add(new Big(term, offset, size));
            } else {
                smallBytes += length;
            }
            offset += size;
            sink.accept(term, count);
        }

        MergedPostings close() throws IOException {
            out.close();
            while (nextBucket <= BUCKETS) {
                bucketStart[nextBucket++] = offset;
            }
            FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
            PostingsSpill.deleteQuietly(path);
            big.sort((a, b) -> a.term().compareTo(b.term()));
            return new MergedPostings(bigBytes, channel, bucketStart, List.copyOf(big), smallBytes);
        }
    }
}
