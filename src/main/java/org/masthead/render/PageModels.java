package org.masthead.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.masthead.export.CitePage;
import org.masthead.link.LinkGraph;
import org.masthead.link.LinkTarget;
import org.masthead.model.Annex;
import org.masthead.model.Distribution;
import org.masthead.model.Document;
import org.masthead.model.DocumentType;
import org.masthead.model.Field;
import org.masthead.model.Language;
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
    private final Language ui;
    private final Messages messages;
    private final Names names;
    private final PrintedWords words = PrintedWords.builtin();
    private final CitePage cite;
    private final boolean search;

    /** An English site. */
    public PageModels(LinkGraph graph, SiteUrls urls, String baseUrl, String siteTitle) {
        this(graph, urls, baseUrl, siteTitle, new Templates(null), true, true);
    }

    /**
     * @param templates the site's templates, for the language of its interface and its words
     * @param search    whether the site has a search page, for the search box on every page
     * @param exports   whether each version has its citation files and AKN file, for the links of its page
     */
    public PageModels(LinkGraph graph, SiteUrls urls, String baseUrl, String siteTitle, Templates templates, boolean search,
                      boolean exports) {
        this.graph = graph;
        this.urls = urls;
        this.baseUrl = baseUrl;
        this.siteTitle = siteTitle;
        this.ui = templates.language();
        this.messages = templates.messages();
        this.names = new Names(messages, ui);
        this.cite = new CitePage(graph, urls, baseUrl, siteTitle, HtmlSafeJson.mapper(), exports);
        this.search = search;
    }

    /** The citation, record links, meta tags and JSON-LD of document pages ({@code templates/cite.html}). */
    public CitePage cite() {
        return cite;
    }

    /** The language of the site's interface. */
    public Language ui() {
        return ui;
    }

    /** Organs, types and languages named in the site's language. */
    Names names() {
        return names;
    }

    /** An interface word in the site's language. */
    public String text(String key, Object... args) {
        return messages.text(ui, key, args);
    }

    /** Where a symbol's link goes from a page in the given language: that language's version where the archive has one. */
    public LinkTarget target(Symbol s, PageUrl from, Language reader) {
        return inLanguage(s, reader).map(d -> new LinkTarget(urls.document(d).relativeTo(from), false))
                .orElseGet(() -> new LinkTarget(s.undocsUrl(), true));
    }

    /** The version of a symbol in a language, or its primary version, or nothing for a symbol not held. */
    public Optional<Document> inLanguage(Symbol s, Language l) {
        return graph.versions(s).stream().filter(v -> v.language() == l).findFirst().or(() -> graph.primary(s));
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
        page.put("dir", dir(lang));
        // The interface (header, navigation, footer, about box) is in the site's language; where the
        // page is in another (a document version), those parts say so, and keep their own direction.
        page.put("uiLang", lang.equals(ui.code()) ? null : ui.code());
        page.put("uiDir", dir(lang).equals(dir(ui.code())) ? null : dir(ui.code()));
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

    private static String dir(String lang) {
        return "ar".equals(lang) ? "rtl" : "ltr";
    }

    public Map<String, Object> document(Document d, MarkdownRenderer.Body body) {
        PageUrl url = urls.document(d);
        // Every version of the document, for hreflang alternates in the head (absolute, as canonical is).
        List<Document> versions = graph.versions(d.symbol());
        List<Map<String, Object>> alternates = versions.size() < 2 ? List.of() : versions.stream()
                .map(v -> Vars.of("lang", v.language().code(), "href", urls.document(v).absolute(baseUrl))).toList();
        Map<String, Object> vars = base(url, d.symbol().text() + ": " + d.title(),
                d.summary().isEmpty() ? d.title() : d.summary(), d.language().code(), alternates);
        Language l = d.language();
        Map<String, Object> doc = new HashMap<>();
        for (Field f : Field.values()) {
            // Kept fields reach templates through doc.extra, as written.
            if (!f.kept()) {
                doc.put(f.key(), value(f.kind(), f.of(d), d, body, url));
            }
        }
        doc.put("lang", l.code());
        doc.put("dir", l.rightToLeft() ? "rtl" : "ltr");
        doc.put("printed", words.masthead(d));
        doc.put("typeLabel", names.type(d.type()));
        doc.put("typeHref", facetLink(Facet.TYPE, d.type().plural(), url));
        doc.put("organLabel", names.organ(d.organ()));
        doc.put("organHref", facetLink(Facet.ORGAN, d.organ(), url));
        doc.put("dateIso", d.date().toString());
        doc.put("year", d.year());
        doc.put("yearHref", facetLink(Facet.YEAR, Integer.toString(d.year()), url));
        doc.put("body", body.html());
        // Subjects are facets: each a link to its browse page.
        doc.put("subjects", d.subjects().stream().map(s -> Vars.of("label", s, "href", facetLink(Facet.SUBJECT, s, url))).toList());
        // Subjects are the editors' words, shown as written: marked with the language of the file that gave them.
        Optional<Language> given = graph.statedBy(d, Field.SUBJECTS).map(Document::language);
        doc.put("subjectsLang", given.filter(g -> g != ui).map(Language::code).orElse(null));
        doc.put("subjectsDir", given.filter(g -> g.rightToLeft() != ui.rightToLeft()).map(g -> dir(g.code())).orElse(null));
        doc.put("citedBy", links(graph.citedBy(d.symbol()), url, l));
        doc.put("family", links(graph.family(d.symbol()), url, l));
        doc.put("languages", languages(d, url));
        doc.put("json", urls.json(d).relativeTo(url));
        // The official record of this language version: undocs.org takes the language before the symbol.
        doc.put("undocs", undocs(l, d.symbol()));

        doc.put("extra", d.extra());
        vars.put("doc", doc);
        vars.put("cite", cite.variables(d, url));
        return vars;
    }

    /** A field's value as templates see it, by its kind: display dates, links, plain maps. */
    @SuppressWarnings("unchecked")
    private Object value(Field.Kind kind, Object v, Document d, MarkdownRenderer.Body body, PageUrl url) {
        return switch (kind) {
            case SYMBOL -> ((Symbol) v).text();
            case LANGUAGE -> ((Language) v).code();
            case TYPE -> ((DocumentType) v).key();
            case DISTRIBUTION -> ((Distribution) v).label();
            case DATE -> date((LocalDate) v);
            case SYMBOLS -> links((List<Symbol>) v, url, d.language());
            case SIGNATORIES -> signatories((List<Signatory>) v);
            case ANNEXES -> annexes(d, body, words.word(d.language(), "annex"));
            case TEXT, TEXTS, JOBS, WHOLE_NUMBER -> v;
        };
    }

    /** A document as an entry of a list, linked from the given page. */
    public Map<String, Object> item(Document d, PageUrl from) {
        Map<String, Object> m = new HashMap<>();
        m.put("symbol", d.symbol().text());
        m.put("title", d.title());
        m.put("date", words.date(d.date(), ui));
        m.put("dateIso", d.date().toString());
        m.put("typeLabel", names.type(d.type()));
        m.put("summary", d.summary());
        m.put("href", urls.document(d).relativeTo(from));
        // Null when the title is in the page's language: the template marks only the others.
        m.put("lang", d.language() == ui ? null : d.language().code());
        m.put("dir", d.language().rightToLeft() == ui.rightToLeft() ? null : d.language().rightToLeft() ? "rtl" : "ltr");
        List<Map<String, Object>> versions = new ArrayList<>();
        for (Document v : graph.versions(d.symbol())) {
            versions.add(Vars.of("code", v.language().code(), "name", v.language().nativeName(),
                    "href", urls.document(v).relativeTo(from)));
        }
        m.put("languages", versions.size() < 2 ? List.of() : versions);
        return m;
    }

    public String facetLink(Facet facet, String label, PageUrl from) {
        return SiteUrls.facet(facet, Facet.slugOf(label), 1).relativeTo(from);
    }

    private List<Map<String, Object>> links(List<Symbol> symbols, PageUrl from, Language reader) {
        List<Map<String, Object>> out = new ArrayList<>(symbols.size());
        for (Symbol s : symbols) {
            LinkTarget t = target(s, from, reader);
            Map<String, Object> m = new HashMap<>();
            m.put("symbol", s.text());
            m.put("href", t.href());
            m.put("external", t.external());
            // Null for a symbol the archive does not hold: templates test for it.
            Optional<Document> held = inLanguage(s, reader);
            m.put("title", held.map(Document::title).orElse(null));
            m.put("lang", held.map(h -> h.language().code()).orElse(null));
            m.put("date", held.map(h -> words.date(h.date(), ui)).orElse(null));
            out.add(m);
        }
        return out;
    }

    /**
     * The six languages in the UN's order, each named in itself: the version shown, the others
     * the archive holds (linked), and for the rest the official record on undocs.org.
     */
    private List<Map<String, Object>> languages(Document d, PageUrl from) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Language l : Language.values()) {
            Optional<Document> v = graph.versions(d.symbol()).stream().filter(x -> x.language() == l).findFirst();
            out.add(Vars.of("code", l.code(), "name", l.nativeName(), "held", v.isPresent(), "current", l == d.language(),
                    "href", v.map(x -> urls.document(x).relativeTo(from)).orElseGet(() -> undocs(l, d.symbol())),
                    "undocs", undocs(l, d.symbol())));
        }
        return out;
    }

    private static String undocs(Language l, Symbol s) {
        return "https://undocs.org/" + l.code() + "/" + s.urlPath();
    }

    /** A date of the model, which may be absent (null), in the site's language. */
    private String date(LocalDate d) {
        return d == null ? null : words.date(d, ui);
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
    private List<Map<String, Object>> annexes(Document d, MarkdownRenderer.Body body, String annexWord) {
        List<Map<String, Object>> out = new ArrayList<>();
        int n = Math.max(body.annexes().size(), d.annexes().size());
        for (int i = 0; i < n; i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            Optional<MarkdownRenderer.AnnexHeading> h = at(body.annexes(), i);
            Optional<Annex> a = at(d.annexes(), i);
            // Templates test for null: an annex without a heading or without metadata shows what it has.
            m.put("id", h.map(MarkdownRenderer.AnnexHeading::id).orElse(null));
            m.put("heading", h.map(MarkdownRenderer.AnnexHeading::text).orElse(annexWord));
            m.put("title", a.map(Annex::title).orElse(null));
            m.put("from", a.map(Annex::from).orElse(null));
            m.put("to", a.map(Annex::to).orElse(null));
            m.put("date", a.map(x -> date(x.date())).orElse(null));
            m.put("original", a.map(x -> names.language(x.original())).orElse(null));
            m.put("signatories", a.map(x -> signatories(x.signatories())).orElse(List.of()));
            out.add(m);
        }
        return out;
    }
}
