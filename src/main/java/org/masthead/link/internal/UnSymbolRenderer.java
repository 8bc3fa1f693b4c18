package org.masthead.link.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

import java.util.Set;

import org.masthead.link.Chars;
import org.masthead.link.LinkTarget;
import org.masthead.link.UnSymbolExtension;

/** Renders a reference as a link to the archive's page or, when the archive lacks it, to undocs.org. */
public final class UnSymbolRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(UnSymbolNode.class, this::render));
    }

    private void render(UnSymbolNode node, NodeRendererContext context, HtmlWriter html) {
        LinkTarget target = UnSymbolExtension.LINKS.get(context.getDocument()).resolve(node.symbol());
        String title = target.external()
                ? node.symbol().text() + " (not in this archive; opens undocs.org)" : node.symbol().text();
        String text = Chars.string(node.getChars());
        if (isPlain(target.href()) && isPlain(title) && isPlain(text)) {
            // The same tag as the writer's below, without its escaping (regular expressions, per
            // attribute): nothing here needs escaping, and a page holds dozens of these links.
            html.raw((target.external() ? "<a href=\"" + target.href() + "\" class=\"ref external\" rel=\"external\""
                    : "<a href=\"" + target.href() + "\" class=\"ref\"") + " title=\"" + title + "\">" + text + "</a>");
            return;
        }
        html.attr("href", target.href());
        if (target.external()) {
            html.attr("class", "ref external").attr("rel", "external").attr("title", title);
        } else {
            html.attr("class", "ref").attr("title", title);
        }
        html.withAttr().tag("a");
        html.text(node.getChars().unescape());
        html.tag("/a");
    }

    /** Text that HTML escaping and Markdown unescaping both leave as it is. */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '&', '<', '>', '"', '\\' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }
}
