package org.masthead.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.masthead.incremental.Hashes;
import org.masthead.render.HtmlSafeJson;
import org.masthead.work.Parallel;

/**
 * The search index of a site, as files under {@code search/}, each a script that hands its data
 * to {@code MastheadSearch.put(key, data)}: a {@code <script src>} of a relative file is the one
 * way to load data that works both on {@code file://} (where Chromium refuses fetch) and over
 * HTTP. A query loads only what it needs:
 *
 * <ul>
 *   <li>{@code meta.js}: counts, shard counts, facet values and year ranges (loaded first);</li>
 *   <li>{@code f.js}: the facet columns (for filters and their counts);</li>
 *   <li>{@code s/N.js}: the documents of subject N (in {@code meta.js}'s list), when asked for;</li>
 *   <li>{@code i/N.js}: the terms whose hash falls in shard N, each with its postings, or, for a
 *       term with many postings, the key of its own file {@code b/HASH.js};</li>
 *   <li>{@code p/N.js}: completions of the word being typed, by its first three characters;</li>
 *   <li>{@code d/K/ID.js}: one document's metadata and text, for its result and snippet.</li>
 * </ul>
 *
 * Document ids follow the date (oldest is 0), so newest first costs nothing and a year is a
 * range. The same documents always give byte-identical files. Postings are spilled to a
 * temporary file while documents are analysed, and the files holding them, like each
 * document's file, are made when they are written: memory stays flat in the archive's size.
 */
public final class SearchIndex {
    /** Where the index lies in the site. */
    public static final String DIR = "search/";
    /** Aim for shards of about this many bytes of postings (about 4 KB sent gzipped: a rare word stays under 30 KB at 100,000). */
    static final int SHARD_BYTES = 10_000;
    /** A term whose postings are longer than this gets its own file, so it does not weigh on its shard's others. */
    static final int BIG_TERM_BYTES = 5_000;
    /** The stored text of a document, for snippets and phrase checks, is cut at this many characters. */
    static final int MAX_TEXT = 20_000;
    /** Postings held in memory before a run is spilled: a few tens of MB whatever the archive's size. */
    static final long SPILL_BYTES = 48L << 20;
    /** Documents analysed at once, in parallel, before their postings are added in id order. */
    private static final int BATCH = 256;
    /** Text is data: '<', '>' and '&' escaped as in every machine-readable file of the site. */
    private static final ObjectMapper JSON = HtmlSafeJson.mapper();

    private SearchIndex() {
    }

    /**
     * One file of the index: its path in the site, what it is made from (equal for equal bytes,
     * so an unchanged file is not written again), and its bytes, made when asked.
     */
    public record IndexFile(String path, String key, Supplier<byte[]> bytes) {
    }

    /** Where the index gets each document's plain text, read again whenever it is needed. */
    public interface Texts {
        String text(SearchDoc doc);

        /** Changes whenever the document's text may have: the hash of the file it comes from. */
        String version(SearchDoc doc);
    }

    /** Every file of the index, in path order, with all its bytes made: for tests and small sites. */
    public static TreeMap<String, byte[]> files(List<SearchDoc> docs) {
        TreeMap<String, byte[]> out = new TreeMap<>();
        files(docs, TEXT_HELD, SPILL_BYTES).forEach(f -> out.put(f.path(), f.bytes().get()));
        return out;
    }

    /** Texts held in each {@link SearchDoc}. */
    static final Texts TEXT_HELD = new Texts() {
        @Override
        public String text(SearchDoc doc) {
            return doc.text();
        }

        @Override
        public String version(SearchDoc doc) {
            return Hashes.of(doc.text());
        }
    };

    /** Every file of the index of these documents, with a spill budget (bytes of postings held). */
    public static List<IndexFile> files(List<SearchDoc> docs, Texts texts, long spillBytes) {
        List<SearchDoc> ordered = inIdOrder(docs);
        IndexBuilder builder = new IndexBuilder(spillBytes, BIG_TERM_BYTES);
        StoredFiles stored = new StoredFiles();
        // A batch at a time, in parallel, each text read once: its terms and its document's file
        // (only a batch's wait in memory); then postings and files are added in id order.
        for (int from = 0; from < ordered.size(); from += BATCH) {
            List<Analysed> batch = Parallel.map(IntStream.range(from, Math.min(ordered.size(), from + BATCH)).boxed().toList(),
                    id -> analysed(id, ordered.get(id), texts.text(ordered.get(id))));
            for (Analysed a : batch) {
                builder.add(a.terms());
                stored.add(a.file());
            }
        }
        IndexBuilder.Built built = builder.finish();
        Shards shards = new Shards(built, shardCount(built.postings().smallBytes()));
        List<IndexFile> out = new ArrayList<>(ordered.size() + shards.count() + 64);
        for (int id = 0; id < ordered.size(); id++) {
            int i = id;
            SearchDoc d = ordered.get(id);
            out.add(new IndexFile(DIR + docKey(id) + ".js", Hashes.hasher().put(docKey(id)).put(d.url())
                    .put(d.head()).put(d.date().toString()).put(d.organ()).put(d.language()).put(texts.version(d)).hex(),
                    () -> stored.get(i)));
        }
        // Shards and big terms are keyed by their bytes: made here, in parallel a batch at a time, and kept.
        List<Supplier<byte[]>> postingFiles = new ArrayList<>();
        List<String> postingPaths = new ArrayList<>();
        for (int i = 0; i < shards.count(); i++) {
            int shard = i;
            postingPaths.add(DIR + "i/" + i + ".js");
            postingFiles.add(() -> shards.shard(shard));
        }
        shards.bigKeys().forEach((term, key) -> {
            postingPaths.add(DIR + key + ".js");
            postingFiles.add(() -> shards.big(term));
        });
        for (int from = 0; from < postingFiles.size(); from += BATCH) {
            List<byte[]> made = Parallel.map(postingFiles.subList(from, Math.min(postingFiles.size(), from + BATCH)), Supplier::get);
            for (int k = 0; k < made.size(); k++) {
                int at = stored.add(made.get(k));
                out.add(new IndexFile(postingPaths.get(from + k), Hashes.of(made.get(k)), () -> stored.get(at)));
            }
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", 1);
        meta.put("docs", ordered.size());
        meta.put("shards", shards.count());
        meta.put("prefixShards", prefixes(built.prefixes().lists(), out));
        Facets facets = Facets.of(ordered);
        meta.put("facets", facets.meta());
        made(out, DIR + "f.js", script("f", facets.data()));
        for (int i = 0; i < facets.subjects().size(); i++) {
            made(out, DIR + "s/" + i + ".js", script("s/" + i, facets.subjects().get(i)));
        }
        made(out, DIR + "meta.js", script("meta", meta));
        out.sort(Comparator.comparing(IndexFile::path));
        return out;
    }

    /** A document's terms and its file. */
    private record Analysed(IndexBuilder.Analysed terms, byte[] file) {
    }

    private static Analysed analysed(int id, SearchDoc d, String text) {
        return new Analysed(IndexBuilder.analyse(d, text), script(docKey(id), docData(d, text)));
    }

    private static void made(List<IndexFile> out, String path, byte[] bytes) {
        out.add(new IndexFile(path, Hashes.of(bytes), () -> bytes));
    }

    /** Oldest first; a day's documents by symbol, then language. */
    static List<SearchDoc> inIdOrder(List<SearchDoc> docs) {
        List<SearchDoc> ordered = new ArrayList<>(docs);
        ordered.sort(Comparator.comparing(SearchDoc::date).thenComparing(SearchDoc::symbol)
                .thenComparing(SearchDoc::language).thenComparing(SearchDoc::url));
        return ordered;
    }

    static String docKey(int id) {
        return "d/" + (id >> 10) + "/" + id;
    }

    private static Map<String, Object> docData(SearchDoc d, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", d.symbol());
        m.put("t", d.title());
        m.put("d", d.date().toString());
        m.put("o", d.organ());
        m.put("y", d.type());
        m.put("l", d.language());
        m.put("u", d.url());
        String x = text;
        if (x.length() > MAX_TEXT) {
            int cut = Character.isHighSurrogate(x.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
            x = x.substring(0, cut);
            m.put("cut", true);
        }
        m.put("x", x);
        return m;
    }

    /** The postings files, made from the merged postings when asked. */
    private static final class Shards {
        private final IndexBuilder.Built built;
        private final int count;
        private final Map<String, String> bigKeys = new LinkedHashMap<>();
        private final Map<String, MergedPostings.Big> bigs = new LinkedHashMap<>();

        Shards(IndexBuilder.Built built, int count) {
            this.built = built;
            this.count = count;
            Set<String> used = new HashSet<>();
            // In term order, so that two big terms with the same hash settle their names alike every time.
            for (MergedPostings.Big b : built.postings().big()) {
                String key = "b/" + Integer.toHexString(Postings.hash(b.term()));
                while (!used.add(key)) {
                    key += "x";
                }
                bigKeys.put(b.term(), key);
                bigs.put(b.term(), b);
            }
        }

        int count() {
            return count;
        }

        Map<String, String> bigKeys() {
            return bigKeys;
        }

        byte[] shard(int shard) {
            TreeMap<String, Object> terms = new TreeMap<>();
            for (MergedPostings.Record r : built.postings().shard(shard, count)) {
                String big = bigKeys.get(r.term());
                terms.put(r.term(), big != null ? List.of(big) : encode(r));
            }
            return script("i/" + shard, terms);
        }

        byte[] big(String term) {
            return script(bigKeys.get(term), encode(built.postings().record(bigs.get(term))));
        }

        private String encode(MergedPostings.Record r) {
            return TermPostings.encode(r.bytes(), 0, r.count(), built.lengths(), built.averageLength());
        }
    }

    private static int prefixes(TreeMap<String, List<String>> prefixes, List<IndexFile> out) {
        long chars = 0;
        for (List<String> l : prefixes.values()) {
            chars += l.stream().mapToInt(s -> s.length() + 3).sum();
        }
        int shards = shardCount(chars);
        List<Map<String, Object>> byShard = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            byShard.add(new TreeMap<>());
        }
        prefixes.forEach((key, terms) -> byShard.get(Postings.shard(key, shards)).put(key, terms));
        for (int i = 0; i < shards; i++) {
            made(out, DIR + "p/" + i + ".js", script("p/" + i, byShard.get(i)));
        }
        return shards;
    }

    /** A power of two, so that shard numbers stay put for most terms when the archive doubles; at most one shard per bucket. */
    static int shardCount(long bytes) {
        int n = 1;
        while ((long) n * SHARD_BYTES < bytes && n < MergedPostings.BUCKETS) {
            n <<= 1;
        }
        return n;
    }

    static byte[] script(String key, Object data) {
        try {
            return ("MastheadSearch.put(" + JSON.writeValueAsString(key) + "," + JSON.writeValueAsString(data) + ");\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
