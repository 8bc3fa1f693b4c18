package org.masthead.link.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

import java.util.Set;

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
        html.attr("href", target.href());
        if (target.external()) {
            html.attr("class", "ref external").attr("rel", "external")
                    .attr("title", node.symbol().text() + " (not in this archive; opens undocs.org)");
        } else {
            html.attr("class", "ref").attr("title", node.symbol().text());
        }
        html.withAttr().tag("a");
        html.text(node.getChars().unescape());
        html.tag("/a");
    }
}
