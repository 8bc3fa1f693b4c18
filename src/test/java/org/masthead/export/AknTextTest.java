package org.masthead.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.masthead.link.ReferenceFinder;
import org.masthead.render.MarkdownRenderer;

import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * AKN copies a node's text out of the body in one piece rather than through flexmark's
 * character-at-a-time {@code toString}: on random Markdown (emphasis, escapes, entities, code,
 * links, tables, footnotes, symbols, NUL and other control characters, non-Latin text) both give the same string for every
 * leaf of the parse the build makes.
 */
class AknTextTest {
    private static final List<String> PIECES = List.of("word", "résolution", "Совет", "安全理事会", " ", " ", "  ", "\n",
            "\n\n", "*", "**", "_", "`", "\\*", "\\\\", "&amp;", "&#169;", "&copy;", "&bogus;", "\u0000", "\t", "\r\n",
            "[link](http://x.org)", "S/2014/660", "resolution 2164 (2014)", "1. ", "- ", "> ", "# ", "| a | b |\n|---|---|\n",
            "[^1]", "\n\n[^1]: note", "<b>", "\uD83D\uDE00", "\uFFFD", "\u2028");

    @Test
    void aLeafsTextCopiedFromTheBodyIsFlexmarksOwn() {
        MarkdownRenderer markdown = new MarkdownRenderer(new ReferenceFinder());
        Random random = new Random(15);
        int leaves = 0;
        for (int doc = 0; doc < 2000; doc++) {
            StringBuilder body = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                body.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            for (Node n : markdown.parse(body.toString()).document().getDescendants()) {
                if (n.getFirstChild() == null) {
                    BasedSequence chars = n instanceof DelimitedNode d ? d.getText() : n.getChars();
                    assertEquals(chars.toString(), AknText.string(chars), () -> "in " + body);
                    leaves++;
                }
            }
        }
        assertTrue(leaves > 20_000, "leaves compared: " + leaves);
    }
}
