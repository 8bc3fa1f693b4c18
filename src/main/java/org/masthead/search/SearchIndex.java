package org.masthead.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.masthead.render.HtmlSafeJson;

/**
 * The search index of a site, as files under {@code search/}, each a script that hands its data
 * to {@code MastheadSearch.put(key, data)}: a {@code <script src>} of a relative file is the one
 * way to load data that works both on {@code file://} (where Chromium refuses fetch) and over
 * HTTP. A query loads only what it needs:
 *
 * <ul>
 *   <li>{@code meta.js}: counts, shard counts, facet values and year ranges (loaded first);</li>
 *   <li>{@code f.js}: the facet columns and subject lists (for filters and their counts);</li>
 *   <li>{@code i/N.js}: the terms whose hash falls in shard N, each with its postings, or, for a
 *       term with many postings, the key of its own file {@code b/HASH.js};</li>
 *   <li>{@code p/N.js}: completions of the word being typed, by its first three characters;</li>
 *   <li>{@code d/K/ID.js}: one document's metadata and text, for its result and snippet.</li>
 * </ul>
 *
 * Document ids follow the date (oldest is 0), so newest first costs nothing and a year is a
 * range. The same documents always give byte-identical files.
 */
public final class SearchIndex {
    /** Where the index lies in the site. */
    public static final String DIR = "search/";
    /** Aim for shards of about this many characters (about 6 KB sent gzipped). */
    static final int SHARD_CHARS = 16_000;
    /** A term whose postings are longer than this gets its own file, so it does not weigh on its shard's others. */
    static final int BIG_TERM_CHARS = 6_000;
    /** The stored text of a document, for snippets and phrase checks, is cut at this many characters. */
    static final int MAX_TEXT = 20_000;
    private static final int BATCH = 512;
    /** Text is data: '<', '>' and '&' escaped as in every machine-readable file of the site. */
    private static final ObjectMapper JSON = HtmlSafeJson.mapper();

    private SearchIndex() {
    }

    /** Writes the index of these documents into {@code outDir/search/}. */
    public static void write(List<SearchDoc> docs, Path outDir) throws IOException {
        for (Map.Entry<String, byte[]> f : files(docs).entrySet()) {
            Path p = outDir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
    }

    /** Every file of the index by its path in the site, in path order. */
    public static TreeMap<String, byte[]> files(List<SearchDoc> docs) {
        List<SearchDoc> ordered = inIdOrder(docs);
        IndexBuilder builder = new IndexBuilder();
        TreeMap<String, byte[]> out = new TreeMap<>();
        // Analysis runs in parallel a batch at a time (only a batch's terms are held at once); postings are added in id order.
        for (int from = 0; from < ordered.size(); from += BATCH) {
            List<IndexBuilder.Analysed> batch = ordered.subList(from, Math.min(ordered.size(), from + BATCH))
                    .parallelStream().map(IndexBuilder::analyse).toList();
            batch.forEach(builder::add);
        }
        // One file per document, made in parallel: the serial part of the stage is the postings.
        List<byte[]> docFiles = IntStream.range(0, ordered.size()).parallel()
                .mapToObj(id -> script(docKey(id), docData(ordered.get(id)))).toList();
        for (int id = 0; id < ordered.size(); id++) {
            out.put(DIR + docKey(id) + ".js", docFiles.get(id));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", 1);
        meta.put("docs", ordered.size());
        meta.put("shards", terms(builder.postings(), out));
        meta.put("prefixShards", prefixes(builder.prefixes(), out));
        Facets facets = builder.facets();
        meta.put("facets", facets.meta());
        out.put(DIR + "f.js", script("f", facets.data()));
        out.put(DIR + "meta.js", script("meta", meta));
        return out;
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

    private static Map<String, Object> docData(SearchDoc d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", d.symbol());
        m.put("t", d.title());
        m.put("d", d.date().toString());
        m.put("o", d.organ());
        m.put("y", d.type());
        m.put("l", d.language());
        m.put("u", d.url());
        String text = d.text();
        if (text.length() > MAX_TEXT) {
            int cut = Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
            text = text.substring(0, cut);
            m.put("cut", true);
        }
        m.put("x", text);
        return m;
    }

    /** Lays the terms out in shards; returns the number of shards. */
    private static int terms(TreeMap<String, String> postings, Map<String, byte[]> out) {
        long inline = 0;
        for (String p : postings.values()) {
            inline += p.length() > BIG_TERM_CHARS ? 0 : p.length();
        }
        int shards = shardCount(inline);
        List<Map<String, Object>> byShard = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            byShard.add(new TreeMap<>());
        }
        postings.forEach((term, p) -> {
            Map<String, Object> shard = byShard.get(Postings.shard(term, shards));
            if (p.length() <= BIG_TERM_CHARS) {
                shard.put(term, p);
                return;
            }
            String key = "b/" + Integer.toHexString(Postings.hash(term));
            while (out.containsKey(DIR + key + ".js")) {
                key += "x"; // another big term with the same hash, which terms in sorted order settle alike every time
            }
            out.put(DIR + key + ".js", script(key, p));
            shard.put(term, List.of(key));
        });
        for (int i = 0; i < shards; i++) {
            out.put(DIR + "i/" + i + ".js", script("i/" + i, byShard.get(i)));
        }
        return shards;
    }

    private static int prefixes(TreeMap<String, List<String>> prefixes, Map<String, byte[]> out) {
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
            out.put(DIR + "p/" + i + ".js", script("p/" + i, byShard.get(i)));
        }
        return shards;
    }

    /** A power of two, so that shard numbers stay put for most terms when the archive doubles. */
    static int shardCount(long chars) {
        int n = 1;
        while ((long) n * SHARD_CHARS < chars) {
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
