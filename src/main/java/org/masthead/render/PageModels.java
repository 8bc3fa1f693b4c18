package org.masthead.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.masthead.link.LinkGraph;
import org.masthead.link.LinkTarget;
import org.masthead.model.Annex;
import org.masthead.model.Document;
import org.masthead.model.Signatory;
import org.masthead.model.Symbol;
import org.masthead.plan.Facet;
import org.masthead.plan.PageUrl;
import org.masthead.plan.SiteUrls;

/**
 * Builds the variables templates see. Templates get plain maps and lists (the template
 * boundary is the one place for them) with every link already made relative to the page.
 */
public final class PageModels {
    private final LinkGraph graph;
    private final SiteUrls urls;
    private final String baseUrl;
    private final String siteTitle;
    private final boolean search;

    public PageModels(LinkGraph graph, SiteUrls urls, String baseUrl, String siteTitle) {
        this(graph, urls, baseUrl, siteTitle, true);
    }

    /** @param search whether the site has a search page, for the search box on every page */
    public PageModels(LinkGraph graph, SiteUrls urls, String baseUrl, String siteTitle, boolean search) {
        this.graph = graph;
        this.urls = urls;
        this.baseUrl = baseUrl;
        this.siteTitle = siteTitle;
        this.search = search;
    }

    /** Where a symbol's link goes from a given page. */
    public LinkTarget target(Symbol s, PageUrl from) {
        return graph.primary(s).map(d -> new LinkTarget(urls.document(d).relativeTo(from), false))
                .orElseGet(() -> new LinkTarget(s.undocsUrl(), true));
    }

    /** The variables every page has: {@code site} and {@code page}. */
    public Map<String, Object> base(PageUrl url, String title, String description, String lang) {
        return base(url, title, description, lang, List.of());
    }

    /** @param alternates the page in other languages, for {@code hreflang} links: {@code lang} and absolute {@code href} */
    private Map<String, Object> base(PageUrl url, String title, String description, String lang,
                                     List<Map<String, Object>> alternates) {
        Map<String, Object> page = new HashMap<>();
        page.put("alternates", alternates);
        page.put("title", title);
        page.put("description", description);
        page.put("canonical", url.absolute(baseUrl));
        page.put("root", url.rootPrefix());
        page.put("lang", lang);
        page.put("dir", "ar".equals(lang) ? "rtl" : "ltr");
        page.put("stylesheet", url.rootPrefix() + SiteUrls.STYLESHEET);
        page.put("home", SiteUrls.HOME.relativeTo(url));
        page.put("browse", SiteUrls.BROWSE.relativeTo(url));
        page.put("feed", url.rootPrefix() + "feed.xml");
        Map<String, Object> site = Vars.of("title", siteTitle, "baseUrl", baseUrl, "search", search);
        Map<String, Object> vars = new HashMap<>();
        vars.put("page", page);
        vars.put("site", site);
        return vars;
    }

    public Map<String, Object> document(Document d, MarkdownRenderer.Body body) {
        PageUrl url = urls.document(d);
        // Every version of the document, for hreflang alternates in the head (absolute, as canonical is).
        List<Document> versions = graph.versions(d.symbol());
        List<Map<String, Object>> alternates = versions.size() < 2 ? List.of() : versions.stream()
                .map(v -> Vars.of("lang", v.language().code(), "href", urls.document(v).absolute(baseUrl))).toList();
        Map<String, Object> vars = base(url, d.symbol().text() + ": " + d.title(),
                d.summary().isEmpty() ? d.title() : d.summary(), d.language().code(), alternates);
        Map<String, Object> doc = new HashMap<>();
        doc.put("symbol", d.symbol().text());
        doc.put("title", d.title());
        doc.put("type", d.type().key());
        doc.put("typeLabel", d.type().plural());
        doc.put("typeHref", facetLink(Facet.TYPE, d.type().plural(), url));
        doc.put("organ", d.organ());
        doc.put("organHref", facetLink(Facet.ORGAN, d.organ(), url));
        doc.put("date", Formats.date(d.date()).orElseThrow());
        doc.put("dateIso", d.date().toString());
        doc.put("year", d.year());
        doc.put("yearHref", facetLink(Facet.YEAR, Integer.toString(d.year()), url));
        doc.put("distribution", d.distribution().label());
        doc.put("original", d.original());
        doc.put("reissued", Formats.date(d.reissued()).orElse(null));
        doc.put("adopted", Formats.date(d.adopted()).orElse(null));
        doc.put("session", d.session());
        doc.put("agenda", d.agenda());
        doc.put("from", d.from());
        doc.put("to", d.to());
        doc.put("signatories", signatories(d.signatories()));
        doc.put("also", links(d.also(), url));
        doc.put("body", body.html());
        doc.put("annexes", annexes(d, body));
        doc.put("references", links(d.references(), url));
        doc.put("citedBy", links(graph.citedBy(d.symbol()), url));
        doc.put("family", links(graph.family(d.symbol()), url));
        doc.put("languages", languages(d, url));
        doc.put("subjects", d.subjects().stream().map(s -> Vars.of("label", s, "href", facetLink(Facet.SUBJECT, s, url))).toList());
        doc.put("json", urls.json(d).relativeTo(url));
        // The official record of this language version: undocs.org takes the language before the symbol.
        doc.put("undocs", "https://undocs.org/" + d.language().code() + "/" + d.symbol().urlPath());

        doc.put("extra", d.extra());
        vars.put("doc", doc);
        return vars;
    }

    /** A document as an entry of a list, linked from the given page. */
    public Map<String, Object> item(Document d, PageUrl from) {
        Map<String, Object> m = new HashMap<>();
        m.put("symbol", d.symbol().text());
        m.put("title", d.title());
        m.put("date", Formats.date(d.date()).orElseThrow());
        m.put("dateIso", d.date().toString());
        m.put("typeLabel", d.type().plural());
        m.put("summary", d.summary());
        m.put("href", urls.document(d).relativeTo(from));
        return m;
    }

    public String facetLink(Facet facet, String label, PageUrl from) {
        return SiteUrls.facet(facet, Facet.slugOf(label), 1).relativeTo(from);
    }

    private List<Map<String, Object>> links(List<Symbol> symbols, PageUrl from) {
        List<Map<String, Object>> out = new ArrayList<>(symbols.size());
        for (Symbol s : symbols) {
            LinkTarget t = target(s, from);
            Map<String, Object> m = new HashMap<>();
            m.put("symbol", s.text());
            m.put("href", t.href());
            m.put("external", t.external());
            // Null for a symbol the archive does not hold: templates test for it.
            Optional<Document> held = graph.primary(s);
            m.put("title", held.map(Document::title).orElse(null));
            m.put("date", held.flatMap(h -> Formats.date(h.date())).orElse(null));
            out.add(m);
        }
        return out;
    }

    private List<Map<String, Object>> languages(Document d, PageUrl from) {
        List<Document> versions = graph.versions(d.symbol());
        if (versions.size() < 2) {
            return List.of();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Document v : versions) {
            out.add(Vars.of("code", v.language().code(), "name", v.language().nativeName(),
                    "href", urls.document(v).relativeTo(from), "current", v == d));
        }
        return out;
    }

    private static List<Map<String, Object>> signatories(List<Signatory> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Signatory s : list) {
            Map<String, Object> m = new HashMap<>();
            m.put("name", s.name());
            m.put("role", s.role());
            out.add(m);
        }
        return out;
    }

    private static <T> Optional<T> at(List<T> list, int i) {
        return i < list.size() ? Optional.of(list.get(i)) : Optional.empty();
    }

    /** Annex headings of the body, each with the front-matter metadata of the same position. */
    private static List<Map<String, Object>> annexes(Document d, MarkdownRenderer.Body body) {
        List<Map<String, Object>> out = new ArrayList<>();
        int n = Math.max(body.annexes().size(), d.annexes().size());
        for (int i = 0; i < n; i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            Optional<MarkdownRenderer.AnnexHeading> h = at(body.annexes(), i);
            Optional<Annex> a = at(d.annexes(), i);
            // Templates test for null: an annex without a heading or without metadata shows what it has.
            m.put("id", h.map(MarkdownRenderer.AnnexHeading::id).orElse(null));
            m.put("heading", h.map(MarkdownRenderer.AnnexHeading::text).orElse("Annex"));
            m.put("title", a.map(Annex::title).orElse(null));
            m.put("from", a.map(Annex::from).orElse(null));
            m.put("to", a.map(Annex::to).orElse(null));
            m.put("date", a.flatMap(x -> Formats.date(x.date())).orElse(null));
            m.put("original", a.map(Annex::original).orElse(null));
            m.put("signatories", a.map(x -> signatories(x.signatories())).orElse(List.of()));
            out.add(m);
        }
        return out;
    }
}
