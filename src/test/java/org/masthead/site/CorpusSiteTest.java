package org.masthead.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.cli.Main;

/**
 * Every text of every corpus with a masthead, imported through {@code masthead import} into one
 * content folder and built together through {@code masthead build}: no error, and every
 * internal link of the site lands. Where two corpora hold the same document (a first-page
 * prefix and the whole text), the first imported is kept: the corpora of whole texts go first.
 */
class CorpusSiteTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    /** multilingual/ prints no symbol: it is not importable as it is. */
    private static final List<String> CORPORA = List.of("undocs-2014", "undocs-en", "seed", "cr-unsc-res-gold");

    @Test
    void everyCorpusTextImportsAndBuildsWithoutErrorOrBrokenLink(@TempDir Path tmp) throws IOException {
        Path content = tmp.resolve("content");
        int texts = 0;
        long undatedByImport = 0;
        for (String corpus : CORPORA) {
            List<String> files = texts(CORPUS.resolve(corpus));
            texts += files.size();
            List<String> args = new ArrayList<>(List.of("import"));
            args.addAll(files);
            args.addAll(List.of("--out", content.toString()));
            Run imported = run(args.toArray(String[]::new));
            // An already imported symbol is reported and skipped: that is the only error allowed.
            List<String> errors = imported.err().lines().filter(l -> l.contains(": error: "))
                    .filter(l -> !l.contains("already exists")).toList();
            assertTrue(errors.isEmpty(), corpus + ": " + String.join("\n", errors));
            undatedByImport += imported.err().lines().filter(l -> l.contains(": warning: ") && (l.contains("adoption date")
                    || l.contains("no issue date"))).count();
        }
        long documents;
        try (Stream<Path> md = Files.walk(content)) {
            documents = md.filter(p -> p.toString().endsWith(".md")).count();
        }
        assertTrue(documents >= 320, documents + " documents from " + texts + " texts");

        Path site = tmp.resolve("site");
        // A date the text does not print whole ("on January 1993") is left out with a warning, never guessed;
        // the build then asks for it. Those are the only errors allowed, one per such warning.
        Run checked = run("check", "--content", content.toString());
        List<String> errors = checked.err().lines().filter(l -> l.contains(": error: ")).toList();
        List<String> unexpected = errors.stream().filter(l -> !l.endsWith("missing required key 'date'")).toList();
        assertTrue(unexpected.isEmpty(), String.join("\n", unexpected));
        assertTrue(errors.size() <= undatedByImport, errors.size() + " undated documents, " + undatedByImport
                + " import warnings about dates:\n" + String.join("\n", errors));
        for (String error : errors) {
            Files.delete(Path.of(error.substring(0, error.indexOf(".md:") + 3)));
        }
        Run built = run("build", "--content", content.toString(), "--templates", "templates", "--out", site.toString());
        assertEquals(Main.OK, built.code(), built.out() + built.err());
        assertFalse(built.err().contains(": error: "), built.err());

        SiteLinks.Check check = new SiteLinks(site.toRealPath()).check();
        System.out.printf("[corpus-site] %d documents from %d texts; %d internal links on %d pages%n",
                documents, texts, check.checked(), check.pages());
        assertTrue(check.broken().isEmpty(), () -> check.broken().size() + " broken internal links:\n"
                + String.join("\n", check.broken().subList(0, Math.min(20, check.broken().size()))));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static List<String> texts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::toString).filter(p -> p.endsWith(".txt") && !p.endsWith(".date.txt")).sorted().toList();
        }
    }
}
