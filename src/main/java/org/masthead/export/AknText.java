package org.masthead.export;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.ArrayList;
import java.util.List;

/** The text of a parsed body's nodes, as AKN writes it (flexmark's own text visitor was slower). */
final class AknText {
    private AknText() {
    }

    static List<Node> children(Node n) {
        List<Node> out = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            out.add(c);
        }
        return out;
    }

    static List<Node> descendants(Node n, Class<?> kind) {
        List<Node> out = new ArrayList<>();
        for (Node d : n.getDescendants()) {
            if (kind.isInstance(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * A block's text as a reader sees it: the text of its inlines (a footnote reference as its
     * number, escapes resolved), line breaks and runs of white space as one space, trimmed.
     */
    static String of(Node n) {
        StringBuilder collected = new StringBuilder(256);
        collect(n, collected);
        // Scanned as a String, whose characters C1 reads without a call each; most text has single spaces
        // only: one look, and the copy only when a run must close up.
        String raw = collected.toString();
        int length = raw.length();
        boolean plain = length == 0 || raw.charAt(0) > ' ' && raw.charAt(length - 1) > ' ';
        for (int i = 0; plain && i < length; i++) {
            char c = raw.charAt(i);
            plain = c > ' ' && (c < 0x85 || !Character.isWhitespace(c)) || c == ' ' && raw.charAt(i + 1) > ' ';
        }
        if (plain) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(length);
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (c <= ' ' || c >= 0x85 && Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void collect(Node n, StringBuilder sb) {
        if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            sb.append(' ');
            return;
        }
        Node child = n.getFirstChild();
        if (child == null) {
            BasedSequence chars = n instanceof DelimitedNode d ? d.getText() : n.getChars();
            leaf(chars, n instanceof Text || n instanceof HtmlEntity, sb);
            return;
        }
        for (; child != null; child = child.getNext()) {
            collect(child, sb);
            if (child instanceof Block) {
                sb.append(' ');
            }
        }
    }

    /**
     * A leaf's text, escapes and entities resolved where the node may hold them. Looked through once
     * and copied in one piece from the body it was parsed from (the usual case), where flexmark's own
     * toString goes a character at a time; NUL is read as U+FFFD, as flexmark reads it.
     */
    private static void leaf(BasedSequence chars, boolean escapable, StringBuilder sb) {
        if (!(chars instanceof SubSequence sub && sub.getBase() instanceof String body)) {
            String text = chars.toString();
            sb.append(escapable && (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0) ? chars.unescape() : text);
            return;
        }
        int start = sub.getStartOffset();
        int end = sub.getEndOffset();
        boolean nul = false;
        boolean escape = false;
        for (int i = start; i < end; i++) {
            char c = body.charAt(i);
            if (c <= '\\') {
                nul |= c == 0;
                escape |= c == '\\' || c == '&';
            }
        }
        if (escapable && escape) {
            sb.append(chars.unescape());
        } else if (nul) {
            sb.append(body.substring(start, end).replace('\0', '\uFFFD'));
        } else {
            sb.append(body, start, end);
        }
    }
}
