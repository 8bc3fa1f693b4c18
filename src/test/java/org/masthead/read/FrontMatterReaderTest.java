package org.masthead.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.masthead.diag.Diagnostic;
import org.masthead.diag.Diagnostics;
import org.masthead.read.FrontMatterReader.Entry;

class FrontMatterReaderTest {

    private static final Path FILE = Path.of("content/S/2014/660.md");

    private final FrontMatterReader reader = new FrontMatterReader();
    private final Diagnostics diagnostics = new Diagnostics();

    /** The YAML as it stands between the --- lines, its first line on file line 2. */
    private Optional<Map<String, Entry>> read(String yaml) {
        return reader.read(yaml, FILE, 2, diagnostics);
    }

    private Diagnostic only() {
        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(1, all.size(), all::toString);
        return all.get(0);
    }

    @Test
    void keepsKeysInFileOrderWithTheLineOfTheKeyAndTheColumnOfTheValue() {
        Map<String, Entry> e = read("""
                symbol: S/2014/660
                title:   "Letter dated 11 September 2014"
                subjects: [Mali, MINUSMA]
                signatories:
                  - name: BAN Ki-moon
                """).orElseThrow();
        assertEquals(List.of("symbol", "title", "subjects", "signatories"), List.copyOf(e.keySet()));
        assertEquals("S/2014/660", e.get("symbol").value().asText());
        assertEquals(2, e.get("symbol").line());
        assertEquals(9, e.get("symbol").column());
        assertEquals("Letter dated 11 September 2014", e.get("title").value().asText());
        assertEquals(10, e.get("title").column(), "the value's column, past the extra spaces");
        assertEquals(2, e.get("subjects").value().size());
        assertEquals(11, e.get("subjects").column());
        assertEquals(5, e.get("signatories").line());
        assertEquals(1, e.get("signatories").column(), "a value on the lines below has no column on the key's line");
        assertEquals("BAN Ki-moon", e.get("signatories").value().get(0).get("name").asText());
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void emptyYamlHasNoKeys() {
        assertEquals(Map.of(), read("").orElseThrow());
    }

    @Test
    void aListInsteadOfAMapIsAnError() {
        assertTrue(read("- a\n- b\n").isEmpty());
        assertTrue(only().message().contains("must be a map of keys"), only()::message);
    }

    @Test
    void aKeyTwiceIsAnErrorOnTheSecondNamingTheFirst() {
        read("symbol: S/2014/660\ntitle: A\nsymbol: S/2014/661\n");
        Diagnostic d = only();
        assertEquals(4, d.line());
        assertTrue(d.message().contains("key 'symbol' appears twice (first on line 2)"), d.message());
    }

    @Test
    void anUnclosedListAtTheEndIsReportedWhereItOpens() {
        assertTrue(read("symbol: S/2014/660\nsubjects: [Mali\n").isEmpty());
        Diagnostic d = only();
        assertEquals(3, d.line(), d::format);
        assertEquals(11, d.column(), d::format);
        assertTrue(d.message().startsWith("malformed YAML in front matter: "), d.message());
        assertTrue(d.message().contains("the end of the front matter (while parsing a flow sequence that starts here)"), d.message());
        assertTrue(!d.message().contains("\n"), "one line: " + d.message());
    }

    @Test
    void anUnclosedListBeforeMoreKeysNamesTheLineItOpensOn() {
        // YAML lets a list run on over the lines below, so the problem shows at the next key's colon.
        assertTrue(read("symbol: S/2014/660\nsubjects: [Mali\ntitle: A\n").isEmpty());
        Diagnostic d = only();
        assertEquals(4, d.line(), d::format);
        assertEquals(6, d.column(), d::format);
        assertTrue(d.message().contains("flow sequence that starts on line 3"), d.message());
    }

    @Test
    void aColonInAPlainValueIsReportedAtTheColon() {
        assertTrue(read("symbol: S/2014/660\ntitle: Letter: the sequel\n").isEmpty());
        Diagnostic d = only();
        assertEquals(3, d.line(), d::format);
        assertEquals(14, d.column(), d::format);
        assertTrue(d.message().contains("mapping values are not allowed here"), d.message());
    }

    @Test
    void aProblemInsideABlockNamesTheLineTheBlockStartsOn() {
        assertTrue(read("symbol: S/2014/660\nsignatories:\n  - name: A\n   role: B\n").isEmpty());
        Diagnostic d = only();
        assertEquals(5, d.line(), d::format);
        assertTrue(d.message().contains("that starts on line 4"), d.message());
    }
}
