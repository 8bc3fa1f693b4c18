package org.masthead.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.diag.Diagnostic;
import org.masthead.diag.Diagnostics;
import org.masthead.link.ReferenceFinder;
import org.masthead.scan.SourceFile;

/** One content file into a document: every malformed key is reported, the optional ones too. */
class DocumentReaderTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader(new ReferenceFinder(), RawTextReader.unsupported());

    private List<String> errors(String frontMatter) throws IOException {
        Path file = dir.resolve("1.md");
        Files.writeString(file, "---\nsymbol: S/2014/1\ntitle: A letter\ndate: 2014-01-01\ndistribution: General\n"
                + frontMatter + "---\n\nText.\n");
        Diagnostics d = new Diagnostics();
        assertTrue(reader.read(new SourceFile(file, "1.md"), d).isEmpty(), "a file with errors gives no document");
        return d.sorted().stream().map(Diagnostic::format).map(s -> s.substring(s.indexOf("1.md:"))).toList();
    }

    @Test
    void aListWhereOneValueGoesIsAnError() throws IOException {
        assertEquals(List.of("1.md:6:11: error: 'original' must be a single value, not a list or map"),
                errors("original: [English, French]\n"));
    }

    @Test
    void malformedOptionalKeysAreErrorsEachOnItsLine() throws IOException {
        List<String> e = errors("session: {a: b}\nsignatories: BAN Ki-moon\nreissued: 2014-02-30\n");
        assertEquals(3, e.size(), e::toString);
        assertTrue(e.get(0).startsWith("1.md:6:10: error: 'session' must be a single value"), e::toString);
        assertTrue(e.get(1).startsWith("1.md:7:"), e::toString);
        assertTrue(e.get(2).startsWith("1.md:8:11: error: reissued: '2014-02-30' is not a real date"), e::toString);
    }
}
