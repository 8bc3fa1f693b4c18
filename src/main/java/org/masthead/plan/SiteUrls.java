package org.masthead.plan;

import org.masthead.link.LinkGraph;
import org.masthead.model.Document;

/** Where each page of the site lives (FORMAT.md section 3). */
public final class SiteUrls {
    public static final PageUrl HOME = PageUrl.index("");
    public static final PageUrl BROWSE = PageUrl.index("browse");
    public static final String STYLESHEET = "assets/style.css";

    private final LinkGraph graph;

    public SiteUrls(LinkGraph graph) {
        this.graph = graph;
    }

    /** {@code S/2014/660/index.html}; another language version: {@code S/2014/660/fr/index.html}. */
    public PageUrl document(Document d) {
        return PageUrl.index(folder(d));
    }

    public PageUrl json(Document d) {
        return new PageUrl(folder(d) + "/index.json");
    }

    /** {@code S/2014/660/citation.bib}, beside the version's page. */
    public PageUrl citation(Document d, CitationFormat format) {
        return new PageUrl(folder(d) + "/" + format.fileName());
    }

    /** {@code S/2014/660/akn.xml}: the version as Akoma Ntoso, beside its page. */
    public PageUrl akn(Document d) {
        return new PageUrl(folder(d) + "/" + AKN_FILE);
    }

    public static final String AKN_FILE = "akn.xml";

    private String folder(Document d) {
        String base = d.symbol().urlPath();
        return graph.isPrimary(d) ? base : base + "/" + d.language().code();
    }

    /** Page 1 is the facet value's folder; later pages are {@code page/N/} inside it. */
    public static PageUrl facet(Facet facet, String slug, int page) {
        String folder = "browse/" + facet.slug() + "/" + slug;
        return PageUrl.index(page <= 1 ? folder : folder + "/page/" + page);
    }

    public static PageUrl facetIndex(Facet facet) {
        return PageUrl.index("browse/" + facet.slug());
    }
}
