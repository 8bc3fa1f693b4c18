package org.masthead.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Set;

import org.masthead.link.Chars;

/**
 * Renders text nodes as flexmark's core renderer does, with the same output, but without its
 * regular expressions for the common case: text with no backslash, entity or carriage return,
 * which is nearly all of a UN document. Text is most of every page, so this is the renderer's
 * hottest path.
 */
final class PlainTextRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, PlainTextRenderer::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String text = Chars.string(node.getChars());
        if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0 || text.indexOf('\r') >= 0) {
            // What the core renderer does: resolve escapes and entities, then escape for HTML.
            html.text(Escaping.normalizeEOL(node.getChars().unescape()));
        } else {
            html.raw(escape(text));
        }
    }

    /** Escapes what flexmark's {@code Escaping.escapeHtml(s, false)} escapes, in one pass. */
    static String escape(String s) {
        StringBuilder sb = null;
        int last = 0;
        for (int i = 0; i < s.length(); i++) {
            String entity = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16);
                }
                sb.append(s, last, i).append(entity);
                last = i + 1;
            }
        }
        return sb == null ? s : sb.append(s, last, s.length()).toString();
    }
}
