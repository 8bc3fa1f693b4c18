package org.masthead.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The stored text's stripping is one hand-written pass for speed; its specification is the three
 * regular expressions it replaced (with one fix: the indent before a line's sign is spaces and
 * tabs, so a blank line before a list item is no longer eaten), kept here and run side by side on
 * every bundled document and on random Markdown-like text.
 */
class PlainTextTest {
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MARKUP = Pattern.compile("(?m)^[ \\t]{0,3}(#{1,6}|>|[-*+]|\\|)\\s?|\\[\\^[^\\]]*\\]:?|[*_`|]+");

    static String reference(String markdown) {
        String s = LINK.matcher(markdown).replaceAll("$1");
        s = MARKUP.matcher(s).replaceAll("");
        return s.replaceAll("[ \\t]*\\n[ \\t]*\\n\\s*", "\n\n").strip();
    }

    @Test
    void readersSeeWordsWithoutSigns() {
        assertEquals("Title\n\nItem one, bold and code; see the note.\n\nquoted",
                SiteSearch.plainText("# Title\n\n - Item one, **bold** and `code`; see [the note](n.html).[^1]\n \n\n> quoted\n"));
    }

    @Test
    void everyBundledDocumentStripsAsTheRegularExpressionsDo() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() > 100, "the bundled archive: " + files.size());
        for (Path p : files) {
            String text = Files.readString(p);
            assertEquals(reference(text), SiteSearch.plainText(text), p.toString());
        }
    }

    @Test
    void randomMarkdownStripsAsTheRegularExpressionsDo() {
        String alphabet = "ab #>-*+|_`[]^():!\n\n\t\r\u2028x";
        Random r = new Random(5);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) {
                s.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertEquals(reference(text), SiteSearch.plainText(text), () -> "input: " + text.replace("\n", "\\n"));
        }
    }
}
