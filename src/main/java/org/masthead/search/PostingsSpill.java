package org.masthead.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Postings of documents added in id order, held in memory only up to a budget: past it, the
 * terms held so far are written to a run file, sorted, and the memory freed. {@link #merge} joins
 * the runs into one file in shard order ({@link MergedPostings}), so a build holds a run's
 * postings at most, whatever the size of the archive.
 */
final class PostingsSpill {
    /** Terms in this order lie together by shard for any power-of-two number of shards: the hash's low bits first. */
    static final Comparator<String> SHARD_ORDER = Comparator.<String>comparingLong(PostingsSpill::rank)
            .thenComparing(Comparator.naturalOrder());
    /** What a held term costs beyond its postings: the map entry, the string, the object. */
    private static final int TERM_OVERHEAD = 120;

    private final long budget;
    private final int bigBytes;
    private Map<String, TermPostings> terms = new HashMap<>();
    private long held;
    private final List<Path> runs = new ArrayList<>();
    private Path dir;

    /**
     * @param budget   bytes of postings held before they are spilled to a run file
     * @param bigBytes postings longer than this get their own file (see {@link MergedPostings})
     */
    PostingsSpill(long budget, int bigBytes) {
        this.budget = budget;
        this.bigBytes = bigBytes;
    }

    /** Where a term falls in {@link #SHARD_ORDER}: its hash with the bits reversed, unsigned. */
    static long rank(String term) {
        return Integer.toUnsignedLong(Integer.reverse(Postings.hash(term)));
    }

    /** The postings of the next document, whose id is above every id added before. */
    void add(int id, Map<String, int[]> tf) {
        tf.forEach((t, c) -> {
            TermPostings p = terms.get(t);
            if (p == null) {
                p = new TermPostings();
                terms.put(t, p);
                held += TERM_OVERHEAD + 2L * t.length();
            }
            int before = p.length();
            p.add(id, c[0], c[1]);
            held += p.length() - before;
        });
        if (held > budget) {
            spill();
        }
    }

    int runs() {
        return runs.size();
    }

    private void spill() {
        if (terms.isEmpty() && !runs.isEmpty()) {
            return;
        }
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("masthead-search-");
            }
            Path run = dir.resolve("run-" + runs.size());
            String[] sorted = terms.keySet().toArray(new String[0]);
            Arrays.sort(sorted, SHARD_ORDER);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
                for (String t : sorted) {
                    TermPostings p = terms.get(t);
                    writeTerm(out, t);
                    out.writeInt(p.count());
                    out.writeInt(p.lastDoc());
                    out.writeInt(p.length());
                    out.write(p.bytes(), 0, p.length());
                }
            }
            runs.add(run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill search postings to a temporary file", e);
        }
        terms = new HashMap<>();
        held = 0;
    }

    /** Writes the term's length and UTF-8 bytes; returns the number of its bytes. */
    static int writeTerm(DataOutputStream out, String term) throws IOException {
        byte[] b = term.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
        return b.length;
    }

    static String readTerm(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    /** Spills what is held and joins every run into one file; the runs are deleted. */
    MergedPostings merge(MergedPostings.Sink sink) {
        spill();
        List<Run> open = new ArrayList<>();
        try {
            for (int i = 0; i < runs.size(); i++) {
                open.add(new Run(i, new DataInputStream(new BufferedInputStream(Files.newInputStream(runs.get(i)), 1 << 16))));
            }
            PriorityQueue<Run> heads = new PriorityQueue<>(Comparator.comparing((Run r) -> r.term, SHARD_ORDER)
                    .thenComparingInt(r -> r.index));
            for (Run r : open) {
                if (r.next()) {
                    heads.add(r);
                }
            }
            MergedPostings.Writer out = new MergedPostings.Writer(dir.resolve("merged"), sink, bigBytes);
            while (!heads.isEmpty()) {
                Run first = heads.poll();
                out.start(first.term, first.bytes, first.length, first.count, first.lastDoc);
                List<Run> done = new ArrayList<>();
                done.add(first);
                // The same term in later runs: their documents come after, in run order.
                while (!heads.isEmpty() && heads.peek().term.equals(first.term)) {
                    Run more = heads.poll();
                    out.append(more.bytes, more.length, more.count, more.lastDoc);
                    done.add(more);
                }
                out.finish();
                for (Run r : done) {
                    if (r.next()) {
                        heads.add(r);
                    }
                }
            }
            return out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge the search postings' temporary files", e);
        } finally {
            for (Run r : open) {
                r.close();
            }
            for (Path p : runs) {
                deleteQuietly(p);
            }
            deleteQuietly(dir);
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A temporary file left behind: the system's temporary folder is cleaned by the system.
            p.toFile().deleteOnExit();
        }
    }

    /** One run file being read, at its current term. */
    private static final class Run {
        final int index;
        final DataInputStream in;
        String term;
        int count;
        int lastDoc;
        int length;
        byte[] bytes = new byte[64];

        Run(int index, DataInputStream in) {
            this.index = index;
            this.in = in;
        }

        boolean next() throws IOException {
            try {
                term = readTerm(in);
            } catch (EOFException e) {
                return false;
            }
            count = in.readInt();
            lastDoc = in.readInt();
            length = in.readInt();
            if (bytes.length < length) {
                bytes = new byte[Math.max(length, bytes.length * 2)];
            }
            in.readFully(bytes, 0, length);
            return true;
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // Read to the end already; nothing is lost.
            }
        }
    }
}
