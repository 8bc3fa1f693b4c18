package org.masthead.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static SearchDoc doc(String symbol, String date, String title, String text, String... subjects) {
        return new SearchDoc(symbol, title, LocalDate.parse(date), "Security Council", "letter", "en",
                List.of(subjects), symbol + "/index.html", text);
    }

    private static final List<SearchDoc> DOCS = List.of(
            doc("S/2014/660", "2014-09-12", "Letter on Mali", "Pursuant to resolution 2164 (2014), the mission in Mali.", "Mali"),
            doc("S/2014/100", "2014-02-14", "Letter on Syria", "The situation in Syria. <script>alert(1)</script>", "Syria"),
            doc("S/2013/5", "2013-01-03", "Note", "Mali and Syria, noted in S/2014/660."));

    @Test
    void idsFollowTheDateOldestFirst() {
        assertEquals(List.of("S/2013/5", "S/2014/100", "S/2014/660"),
                SearchIndex.inIdOrder(DOCS).stream().map(SearchDoc::symbol).toList());
    }

    @Test
    void aTermsPostingsNameItsDocumentsWithImpactAndFields() {
        TreeMap<String, byte[]> files = SearchIndex.files(DOCS);
        // mali: in doc 0 (body), doc 2 (title, subject and body)
        List<int[]> mali = postings(files, "mali");
        assertEquals(List.of(0, 2), mali.stream().map(p -> p[0]).toList());
        assertEquals(0, mali.get(0)[2] & Postings.HEAD);
        assertEquals(Postings.HEAD, mali.get(1)[2] & Postings.HEAD);
        // the symbol term: its own document is flagged, the one citing it is not
        List<int[]> symbol = postings(files, "s/2014/660");
        assertEquals(List.of(0, 2), symbol.stream().map(p -> p[0]).toList());
        assertEquals(0, symbol.get(0)[2] & Postings.OWN_SYMBOL);
        assertEquals(Postings.OWN_SYMBOL, symbol.get(1)[2] & Postings.OWN_SYMBOL);
        assertEquals(List.of(2), postings(files, "s/res/2164(2014)").stream().map(p -> p[0]).toList());
    }

    @Test
    void sameDocumentsGiveByteIdenticalFilesInAnyInputOrder() {
        TreeMap<String, byte[]> a = SearchIndex.files(DOCS);
        List<SearchDoc> reversed = new ArrayList<>(DOCS);
        java.util.Collections.reverse(reversed);
        TreeMap<String, byte[]> b = SearchIndex.files(reversed);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }

    @Test
    void textIsDataInAScriptCallAndNeverMarkup() throws IOException {
        TreeMap<String, byte[]> files = SearchIndex.files(DOCS);
        JsonNode doc = data(files, "search/d/0/1.js");
        assertEquals("S/2014/100", doc.get("s").asText());
        assertTrue(doc.get("x").asText().contains("<script>alert(1)</script>"), "the text is kept as it is, as a string");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String s = new String(f.getValue(), StandardCharsets.UTF_8);
            assertTrue(s.startsWith("MastheadSearch.put(") && s.endsWith(");\n"), f.getKey());
        }
    }

    @Test
    void metaHoldsCountsFacetsAndYearRanges() throws IOException {
        JsonNode meta = data(SearchIndex.files(DOCS), "search/meta.js");
        assertEquals(3, meta.get("docs").asInt());
        assertEquals("[0,1]", meta.at("/facets/year/2013").toString());
        assertEquals("[1,3]", meta.at("/facets/year/2014").toString());
        assertEquals("[\"Mali\",\"Syria\"]", meta.at("/facets/subject").toString());
        // Each subject's documents in its own file, in the order of that list: Mali is in document 2 only.
        assertEquals("2", data(SearchIndex.files(DOCS), "search/s/0.js").asText());
        assertEquals("1", data(SearchIndex.files(DOCS), "search/s/1.js").asText());
        JsonNode f = data(SearchIndex.files(DOCS), "search/f.js");
        assertEquals("000", f.get("type").asText());
    }

    @Test
    void aTermInManyDocumentsGetsItsOwnFile() {
        List<SearchDoc> many = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            many.add(doc("S/2014/" + (i + 1), "2014-01-01", "Letter", "common words here " + i));
        }
        TreeMap<String, byte[]> files = SearchIndex.files(many);
        assertEquals(4000, postings(files, "common").size());
        assertTrue(files.keySet().stream().anyMatch(p -> p.startsWith("search/b/")));
        assertFalse(files.keySet().stream().anyMatch(p -> p.startsWith("search/d/") && p.contains("..")));
        assertTrue(files.containsKey("search/d/3/3999.js"));
    }

    @Test
    void prefixListsCompleteTheWordBeingTyped() throws IOException {
        TreeMap<String, byte[]> files = SearchIndex.files(DOCS);
        int shards = data(files, "search/meta.js").get("prefixShards").asInt();
        JsonNode shard = data(files, "search/p/" + Postings.shard("sit", shards) + ".js");
        assertEquals("[\"situation\"]", shard.get("sit").toString());
        assertEquals("", Prefixes.key("安全"));
    }

    /** A corpus big enough for several shards, big terms and completions: words drawn from a fixed vocabulary. */
    static List<SearchDoc> corpus(int docs, int words) {
        java.util.Random r = new java.util.Random(11);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < 4 + r.nextInt(6); k++) {
                w.append((char) ('a' + r.nextInt(26)));
            }
            vocabulary.add(w.toString());
        }
        List<SearchDoc> out = new ArrayList<>();
        for (int d = 0; d < docs; d++) {
            StringBuilder text = new StringBuilder("common ");
            for (int k = 0; k < words; k++) {
                // Skewed: low ranks are frequent, as in prose.
                text.append(vocabulary.get((int) (vocabulary.size() * Math.pow(r.nextDouble(), 3)))).append(' ');
            }
            out.add(doc("S/2014/" + (d + 1), "2014-01-01", "Letter " + d, text.toString()));
        }
        return out;
    }

    @Test
    void postingsSpilledInManyRunsGiveTheSameFilesAsPostingsHeldWhole() {
        List<SearchDoc> docs = corpus(3000, 50);
        IndexBuilder spilling = new IndexBuilder(20_000, SearchIndex.BIG_TERM_BYTES);
        for (SearchDoc d : SearchIndex.inIdOrder(docs)) {
            spilling.add(IndexBuilder.analyse(d, d.text()));
        }
        assertTrue(spilling.runs() > 50, "the budget makes many runs: " + spilling.runs());
        spilling.finish();

        TreeMap<String, byte[]> held = new TreeMap<>();
        SearchIndex.files(docs, SearchIndex.TEXT_HELD, Long.MAX_VALUE).forEach(f -> held.put(f.path(), f.bytes().get()));
        TreeMap<String, byte[]> spilled = new TreeMap<>();
        SearchIndex.files(docs, SearchIndex.TEXT_HELD, 20_000).forEach(f -> spilled.put(f.path(), f.bytes().get()));
        assertEquals(held.keySet(), spilled.keySet());
        held.forEach((path, bytes) -> assertArrayEquals(bytes, spilled.get(path), path));
        assertTrue(data(held, "search/meta.js").get("shards").asInt() >= 8, "several shards");
        assertTrue(held.keySet().stream().anyMatch(p -> p.startsWith("search/b/")), "big terms");
        // Every posting of a frequent word survives the joins between runs, in order.
        String word = docs.get(0).text().split(" ")[1];
        long expected = docs.stream().filter(d -> List.of(d.text().split(" ")).contains(word)).count();
        List<int[]> postings = postings(spilled, word);
        assertEquals(expected, postings.size());
        for (int i = 1; i < postings.size(); i++) {
            assertTrue(postings.get(i)[0] > postings.get(i - 1)[0]);
        }
    }

    @Test
    void eachTextIsReadOnceAndADocumentsFileComesBackWhenItIsWritten() {
        List<SearchDoc> docs = corpus(50, 20);
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        SearchIndex.Texts counting = new SearchIndex.Texts() {
            @Override
            public String text(SearchDoc doc) {
                reads.incrementAndGet();
                return doc.text();
            }

            @Override
            public String version(SearchDoc doc) {
                return doc.text();
            }
        };
        List<SearchIndex.IndexFile> files = SearchIndex.files(docs, counting, SearchIndex.SPILL_BYTES);
        assertEquals(50, reads.get(), "each text read once");
        SearchIndex.IndexFile doc7 = files.stream().filter(f -> f.path().equals("search/d/0/7.js")).findFirst().orElseThrow();
        String text = new String(doc7.bytes().get(), StandardCharsets.UTF_8);
        assertEquals(50, reads.get(), "the document's file was kept, not made again");
        assertTrue(text.startsWith("MastheadSearch.put(\"d/0/7\",") && text.contains(SearchIndex.inIdOrder(docs).get(7).text().strip()));
    }

    @Test
    void aFilesKeyChangesWithItsBytesAndOnlyThen() {
        List<SearchDoc> docs = new ArrayList<>(corpus(400, 60));
        Map<String, String> before = keys(docs);
        SearchDoc old = docs.get(5);
        // One word for another, the length kept: the two words' shards and the document's file change.
        String[] words = old.text().split(" ");
        String gone = words[3];
        words[3] = "zzyzx";
        docs.set(5, doc(old.symbol(), old.date().toString(), old.title(), String.join(" ", words)));
        Map<String, String> after = keys(docs);
        TreeMap<String, byte[]> a = SearchIndex.files(docs);
        int shards = data(a, "search/meta.js").get("shards").asInt();
        List<String> changed = before.keySet().stream().filter(p -> !before.get(p).equals(after.get(p))).sorted().toList();
        int id = SearchIndex.inIdOrder(docs).stream().map(SearchDoc::symbol).toList().indexOf(old.symbol());
        assertTrue(changed.contains("search/" + SearchIndex.docKey(id) + ".js"), changed.toString());
        assertTrue(changed.contains("search/i/" + Postings.shard("zzyzx", shards) + ".js"), changed.toString());
        assertTrue(changed.size() <= 6, "a handful of files, not the index: " + changed);
        TreeMap<String, byte[]> b = SearchIndex.files(new ArrayList<>(corpus(400, 60)));
        for (String p : a.keySet()) {
            assertEquals(changed.contains(p), !java.util.Arrays.equals(a.get(p), b.get(p)), p + " " + gone);
        }
    }

    private static Map<String, String> keys(List<SearchDoc> docs) {
        Map<String, String> out = new TreeMap<>();
        SearchIndex.files(docs, SearchIndex.TEXT_HELD, SearchIndex.SPILL_BYTES).forEach(f -> out.put(f.path(), f.key()));
        return out;
    }

    // ---- a decoder, as search.js reads the files ----

    static JsonNode data(Map<String, byte[]> files, String path) {
        String s = new String(files.get(path), StandardCharsets.UTF_8);
        String json = s.substring(s.indexOf(',') + 1, s.length() - ");\n".length());
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(path + ": " + e.getMessage());
        }
    }

    /** Each posting as {doc, impact, flags}. */
    static List<int[]> postings(Map<String, byte[]> files, String term) {
        int shards = data(files, "search/meta.js").get("shards").asInt();
        JsonNode entry = data(files, "search/i/" + Postings.shard(term, shards) + ".js").get(term);
        String p = entry.isArray() ? data(files, "search/" + entry.get(0).asText() + ".js").asText() : entry.asText();
        List<int[]> out = new ArrayList<>();
        int[] pos = {0};
        int doc = -1;
        while (pos[0] < p.length()) {
            doc += number(p, pos) + 1;
            int v = number(p, pos);
            out.add(new int[] {doc, v >> 2, v & 3});
        }
        return out;
    }

    private static int number(String p, int[] pos) {
        int n = 0;
        while (true) {
            char c = p.charAt(pos[0]++);
            int more = Postings.MORE.indexOf(c);
            if (more < 0) {
                return n << 5 | Postings.LAST.indexOf(c);
            }
            n = n << 5 | more;
        }
    }
}
