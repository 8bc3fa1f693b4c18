package org.masthead.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.masthead.link.ReferenceFinder;
import org.masthead.render.MarkdownRenderer;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * AKN copies a leaf's text out of the body in one piece rather than through flexmark's
 * character-at-a-time {@code toString}: on random Markdown (emphasis, escapes, entities, code,
 * links, tables, footnotes, symbols, NUL and other control characters, non-Latin text) every
 * node's text is what the plain way gives, flexmark's own {@code toString} and {@code unescape}
 * with white space closed up.
 */
class AknTextTest {
    private static final List<String> PIECES = List.of("word", "résolution", "Совет", "安全理事会", " ", " ", "  ", "\n",
            "\n\n", "*", "**", "_", "`", "\\*", "\\\\", "&amp;", "&#169;", "&copy;", "&bogus;", "\u0000", "\t", "\r\n",
            "[link](http://x.org)", "S/2014/660", "resolution 2164 (2014)", "1. ", "- ", "> ", "# ", "| a | b |\n|---|---|\n",
            "[^1]", "\n\n[^1]: note", "<b>", "\uD83D\uDE00", "\uFFFD", "\u2028", "\u0085");

    @Test
    void aNodesTextIsWhatFlexmarksOwnStringsGive() {
        MarkdownRenderer markdown = new MarkdownRenderer(new ReferenceFinder());
        Random random = new Random(15);
        int nodes = 0;
        for (int doc = 0; doc < 2000; doc++) {
            StringBuilder body = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                body.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            for (Node n : markdown.parse(body.toString()).document().getDescendants()) {
                assertEquals(plain(n), AknText.of(n), () -> "in " + body);
                nodes++;
            }
        }
        assertTrue(nodes > 20_000, "nodes compared: " + nodes);
    }

    /** The text the plain way: every leaf through flexmark's strings, white space closed up and trimmed. */
    private static String plain(Node n) {
        StringBuilder raw = new StringBuilder();
        collect(n, raw);
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= ' ' || c >= 0x85 && Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void collect(Node n, StringBuilder sb) {
        if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            sb.append(' ');
        } else if (n.getFirstChild() == null) {
            BasedSequence chars = n instanceof DelimitedNode d ? d.getText() : n.getChars();
            String text = chars.toString();
            boolean escaped = (n instanceof Text || n instanceof HtmlEntity) && (text.contains("\\") || text.contains("&"));
            sb.append(escaped ? chars.unescape() : text);
        } else {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                collect(c, sb);
                if (c instanceof Block) {
                    sb.append(' ');
                }
            }
        }
    }
}
