package org.masthead.link;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import org.masthead.link.internal.UnSymbolPostProcessor;
import org.masthead.link.internal.UnSymbolRenderer;
import org.masthead.model.Symbol;

/**
 * The flexmark extension that turns references in running text into links. The parser side
 * finds them; the renderer side asks the document's {@link #LINKS} resolver where each points,
 * so one renderer serves every page while each page supplies its own relative links.
 */
public final class UnSymbolExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** Resolves symbols for the page being rendered; set on each parsed document before rendering. */
    public interface Links {
        LinkTarget resolve(Symbol symbol);
    }

    public static final DataKey<Links> LINKS = new DataKey<>("MASTHEAD_LINKS",
            (Links) s -> new LinkTarget(s.undocsUrl(), true));

    private final ReferenceFinder finder;

    private UnSymbolExtension(ReferenceFinder finder) {
        this.finder = finder;
    }

    public static UnSymbolExtension create(ReferenceFinder finder) {
        return new UnSymbolExtension(finder);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new UnSymbolPostProcessor.Factory(finder));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        if ("HTML".equals(rendererType)) {
            builder.nodeRendererFactory(options -> new UnSymbolRenderer());
        }
    }
}
