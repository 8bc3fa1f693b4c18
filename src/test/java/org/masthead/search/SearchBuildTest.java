package org.masthead.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.pipeline.TestSite;

/** The search index as whole builds make it: turned off, and rebuilt after one edit. */
class SearchBuildTest {
    @TempDir
    Path tmp;

    @Test
    void noSearchLeavesOutThePageTheIndexAndTheBoxUntilSearchIsOnAgain() {
        TestSite site = new TestSite(tmp);
        site.file("S/2014/1.md", TestSite.doc("S/2014/1", "2014-01-02", "First letter", "", "Words about Mali."));
        site.file("S/2014/2.md", TestSite.doc("S/2014/2", "2014-01-03", "Second letter", "", "Words about Chad."));
        TestSite.Run r = site.run("build", "--no-search", "--content", site.content.toString(), "--out", site.out.toString(),
                "--templates", site.templates.toString());
        assertEquals(0, r.code(), r::toString);
        assertFalse(Files.exists(site.site("search")), "no search folder");
        assertTrue(site.page("index.html").select("form.site-search").isEmpty(), "no search box");
        assertFalse(site.page("S/2014/1/index.html").html().contains("search/index.html"));

        // Nothing in the content changed, but the options did: the site is built again, with search.
        assertEquals(0, site.build().code());
        assertTrue(Files.isRegularFile(site.site("search/index.html")));
        assertTrue(Files.isRegularFile(site.site("search/meta.js")));
        assertEquals(1, site.page("index.html").select("form.site-search").size());
    }

    @Test
    void oneEditedDocumentRewritesOnlyTheIndexFilesItTouches() throws IOException {
        TestSite site = new TestSite(tmp);
        Random r = new Random(3);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            vocabulary.add(word(r, 5 + r.nextInt(5)));
        }
        List<List<String>> bodies = new ArrayList<>();
        for (int d = 0; d < 400; d++) {
            List<String> words = new ArrayList<>();
            for (int k = 0; k < 120; k++) {
                words.add(vocabulary.get((int) (vocabulary.size() * Math.pow(r.nextDouble(), 2))));
            }
            bodies.add(words);
            write(site, d, words);
        }
        assertEquals(0, site.build().code());
        Map<String, Object> before = inodes(site.site("search"));

        // Document 123 (ids follow the dates): one word for a new one, so its length and the average stay put.
        List<String> words = new ArrayList<>(bodies.get(123));
        String gone = words.get(7);
        String added = "qqxvzt";
        words.set(7, added);
        write(site, 123, words);
        assertEquals(0, site.build().code());
        Map<String, Object> after = inodes(site.site("search"));

        int shards = Integer.parseInt(site.text("search/meta.js").replaceAll("(?s).*\"shards\":(\\d+).*", "$1"));
        int prefixShards = Integer.parseInt(site.text("search/meta.js").replaceAll("(?s).*\"prefixShards\":(\\d+).*", "$1"));
        assertTrue(shards >= 8, "enough shards for the test to tell them apart: " + shards);
        Set<String> rewritten = new TreeSet<>();
        after.forEach((path, inode) -> {
            if (!inode.equals(before.get(path))) {
                rewritten.add(path);
            }
        });
        assertEquals(before.keySet(), after.keySet(), "the same files");
        boolean goneElsewhere = bodies.stream().filter(b -> b != bodies.get(123)).anyMatch(b -> b.contains(gone));
        Set<String> touched = new TreeSet<>(List.of("d/0/123.js", "i/" + Postings.shard(added, shards) + ".js",
                "p/" + Postings.shard(Prefixes.key(added), prefixShards) + ".js"));
        if (bodies.get(123).stream().filter(gone::equals).count() == 1) {
            touched.add("i/" + Postings.shard(gone, shards) + ".js");
            if (!goneElsewhere) {
                touched.add("p/" + Postings.shard(Prefixes.key(gone), prefixShards) + ".js");
            }
        }
        assertEquals(touched, rewritten, "only the files the edit touches are written again, out of " + after.size());
    }

    private static String word(Random r, int length) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < length; i++) {
            w.append((char) ('a' + r.nextInt(26)));
        }
        return w.toString();
    }

    private static void write(TestSite site, int d, List<String> words) {
        site.file("S/2014/" + (d + 1) + ".md", TestSite.doc("S/2014/" + (d + 1),
                LocalDate.of(2010, 1, 1).plusDays(d).toString(), "Letter", "", String.join(" ", words) + "."));
    }

    /** Each file's inode: a file written again is a new file, one kept is a hard link to the last site's. */
    private static Map<String, Object> inodes(Path dir) throws IOException {
        Map<String, Object> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.getAttribute(p, "unix:ino"));
            }
        }
        return out;
    }
}
