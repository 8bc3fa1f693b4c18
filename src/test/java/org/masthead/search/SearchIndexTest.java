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
    void writeLaysTheFilesOutUnderSearch(@TempDir Path out) throws IOException {
        SearchIndex.write(DOCS, out);
        assertTrue(Files.isRegularFile(out.resolve("search/meta.js")));
        assertTrue(Files.isRegularFile(out.resolve("search/d/0/2.js")));
    }

    @Test
    void prefixListsCompleteTheWordBeingTyped() throws IOException {
        TreeMap<String, byte[]> files = SearchIndex.files(DOCS);
        int shards = data(files, "search/meta.js").get("prefixShards").asInt();
        JsonNode shard = data(files, "search/p/" + Postings.shard("sit", shards) + ".js");
        assertEquals("[\"situation\"]", shard.get("sit").toString());
        assertEquals(null, IndexBuilder.prefixKey("安全"));
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
