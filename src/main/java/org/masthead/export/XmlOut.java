package org.masthead.export;

import java.nio.charset.StandardCharsets;

/**
 * XML written straight into a buffer, indented two spaces a level: elements with attributes,
 * escaped text, and characters XML 1.0 cannot hold left out. Enough for AKN, faster than a
 * DOM and with the same bytes on every run.
 */
final class XmlOut {
    private static final String[] INDENTS = new String[32];

    static {
        for (int i = 0; i < INDENTS.length; i++) {
            INDENTS[i] = "  ".repeat(i);
        }
    }

    private final StringBuilder sb = new StringBuilder(16 * 1024);
    private int depth;
    /** Whether every character written so far is ASCII; markup is, so only escaped text can change it. */
    private boolean ascii = true;

    XmlOut() {
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** An opening tag on its own line; attributes as name, value pairs (a null value is left out). */
    XmlOut open(String name, String... attributes) {
        indent();
        tag(name, attributes);
        sb.append(">\n");
        depth++;
        return this;
    }

    XmlOut close(String name) {
        depth--;
        indent();
        sb.append("</").append(name).append(">\n");
        return this;
    }

    /** An element without content. */
    XmlOut empty(String name, String... attributes) {
        indent();
        tag(name, attributes);
        sb.append("/>\n");
        return this;
    }

    /** An element holding text only, on one line. */
    XmlOut leaf(String name, String text, String... attributes) {
        indent();
        tag(name, attributes);
        sb.append('>');
        text(text);
        sb.append("</").append(name).append(">\n");
        return this;
    }

    /** Starts an element whose mixed content follows on the same line ({@link #inline}, {@link #text}, {@link #end}). */
    XmlOut start(String name, String... attributes) {
        indent();
        tag(name, attributes);
        sb.append('>');
        return this;
    }

    /** An element inside mixed content. */
    XmlOut inline(String name, String text, String... attributes) {
        tag(name, attributes);
        sb.append('>');
        text(text);
        sb.append("</").append(name).append('>');
        return this;
    }

    /** Ends an element started with {@link #start}. */
    XmlOut end(String name) {
        sb.append("</").append(name).append(">\n");
        return this;
    }

    XmlOut text(String s) {
        escape(s, 0, s.length(), false);
        return this;
    }

    /** The text from {@code from} to {@code to} of {@code s}, without a copy of it first. */
    XmlOut text(String s, int from, int to) {
        escape(s, from, to, false);
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /**
     * The document in UTF-8. Text that is all ASCII (markup always is) is its own UTF-8: copied
     * without the encoder's look at every byte, which without C2 cost as much as the copy.
     */
    byte[] bytes() {
        return sb.toString().getBytes(ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    private void tag(String name, String... attributes) {
        sb.append('<').append(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                sb.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], 0, attributes[i + 1].length(), true);
                sb.append('"');
            }
        }
    }

    /** One copy of a ready-made run of spaces rather than a call for every level. */
    private void indent() {
        sb.append(depth < INDENTS.length ? INDENTS[depth] : "  ".repeat(depth));
    }

    /** Strings rather than char sequences: without C2 a call through the interface for every character costs twice the copy. */
    private void escape(String s, int from, int to, boolean attribute) {
        int i = from;
        int seen = 0;
        // Most text needs nothing: it is copied whole up to the first character that does.
        for (char c; i < to && plain(c = s.charAt(i)); i++) {
            seen |= c;
        }
        ascii &= seen < 0x80;
        if (from == 0 && i == s.length()) {
            sb.append(s);
            return;
        }
        sb.append(s, from, i);
        for (; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n', '\r', '\t' -> sb.append(attribute ? ' ' : c == '\r' ? ' ' : c);
                default -> {
                    // XML 1.0 holds no other control character, nor a lone half of a surrogate pair.
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && (!Character.isSurrogate(c) || paired(s, i, from, to))) {
                        sb.append(c);
                        ascii &= c < 0x80;
                    }
                }
            }
        }
    }

    private static boolean plain(char c) {
        return c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '"' && c < 0xD800;
    }

    /** Whether the half of a surrogate pair at {@code i} has its other half within {@code from} to {@code to}. */
    private static boolean paired(String s, int i, int from, int to) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))
                : i > from && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
