package org.masthead.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.masthead.diag.Diagnostic;
import org.masthead.diag.Diagnostics;
import org.masthead.link.ReferenceFinder;
import org.masthead.model.Document;
import org.masthead.model.Symbol;
import org.masthead.read.DocumentReader;
import org.masthead.read.RawTextReader;
import org.masthead.scan.SourceFile;

/**
 * A content file's front matter and body, read as the build reads them, on broken and hostile
 * files: no exception; a file gives a well-formed document or at least one error, never silence;
 * every diagnostic is one line, on the file, at a line the file has.
 */
class FrontMatterFuzzTest {
    static final String GOOD = """
            ---
            symbol: S/2014/660
            title: Letter dated 11 September 2014 from the Secretary-General
            type: letter
            date: 2014-09-12
            distribution: General
            original: English
            also: [A/68/789]
            signatories:
              - name: BAN Ki-moon
                role: Secretary-General
            annexes:
              - title: Letter dated 10 September 2014
                date: 2014-09-10
                signatories:
                  - name: Abdoulaye Diop
            references: [S/RES/2164 (2014)]
            subjects: [Mali, MINUSMA]
            jobs: {en: N1453541}
            undl: 3815374
            ---

            I have the honour to refer to resolution 2100 (2013) and S/2014/229.

            (Signed) BAN Ki-moon

            ## Annex

            > Text of the annex.
            """;

    private static final Path FILE = Path.of("content/S/2014/660.md");
    private final DocumentReader reader = new DocumentReader(new ReferenceFinder(), RawTextReader.unsupported());

    private static String contentFile(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> Fragments.mutate(r, GOOD);
            case 1 -> "---\n" + Fragments.text(r, 40) + "\n---\n" + Fragments.text(r, 30);
            default -> {
                // A good front matter with one key's value replaced by anything.
                String[] lines = GOOD.split("\n", -1);
                int at = 1 + r.nextInt(19);
                int colon = lines[at].indexOf(':');
                lines[at] = (colon < 0 ? lines[at] : lines[at].substring(0, colon + 1)) + " " + Fragments.text(r, 6);
                yield String.join("\n", lines);
            }
        };
    }

    @Test
    void readsAnyFileIntoADocumentOrErrors() {
        int n = Fuzz.check("front matter", Fuzz.tries(5_000), FrontMatterFuzzTest::contentFile, this::wellFormed);
        System.out.println("[fuzz] DocumentReader.read (front matter, body): " + n + " inputs");
    }

    void wellFormed(String text) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<DocumentReader.Read> read = reader.read(new SourceFile(FILE, "S/2014/660.md"),
                text.getBytes(StandardCharsets.UTF_8), diagnostics);
        long lines = text.lines().count() + 1;
        for (Diagnostic d : diagnostics.sorted()) {
            assertEquals(FILE, d.file(), d.format());
            assertTrue(d.line() >= 1 && d.line() <= lines + 1, "a line the file has: " + d.format());
            assertTrue(d.column() >= 1, d.format());
            assertFalse(d.message().isBlank() || d.message().contains("\n") || d.message().contains("\r"),
                    "one line: " + d.format());
        }
        if (read.isEmpty()) {
            assertTrue(diagnostics.hasErrors(), "a file left out says why");
            return;
        }
        assertFalse(diagnostics.hasErrors(), "a file with errors gives no document");
        Document d = read.get().document();
        assertEquals(d.symbol(), Symbol.parse(d.symbol().text()).symbol().orElseThrow());
        assertFalse(d.title().isBlank());
        assertNotNull(d.date());
        assertNotNull(d.distribution());
        assertNotNull(d.type());
        assertNotNull(d.language());
        for (var list : java.util.List.of(d.also(), d.agenda(), d.signatories(), d.annexes(), d.references(), d.subjects())) {
            assertFalse(list.stream().anyMatch(java.util.Objects::isNull), "no null in a list");
        }
        assertFalse(d.references().contains(d.symbol()), "a document never cites itself");
        assertFalse(d.subjects().stream().anyMatch(String::isBlank), "no empty subject");
        d.signatories().forEach(s -> assertFalse(s.name() == null || s.name().isBlank(), "a signatory has a name"));
    }
}
