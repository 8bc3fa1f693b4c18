package org.masthead.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.masthead.link.LinkGraph;
import org.masthead.model.Document;
import org.masthead.model.DocumentType;
import org.masthead.model.Field;
import org.masthead.model.Language;
import org.masthead.plan.Browse;
import org.masthead.plan.Facet;
import org.masthead.plan.FacetValue;
import org.masthead.plan.Listing;
import org.masthead.plan.PageUrl;
import org.masthead.plan.SiteUrls;

/** The variables of the pages that list documents: home, the browse index, each facet and each facet value. */
public final class ListingModels {
    private static final int LATEST = 12;

    private final PageModels models;
    private final LinkGraph graph;
    private final Browse browse;

    public ListingModels(PageModels models, LinkGraph graph, Browse browse) {
        this.models = models;
        this.graph = graph;
        this.browse = browse;
    }

    /** The variables of a listing page, made afresh on every call: no page keeps them meanwhile. */
    public Map<String, Object> variables(Listing listing) {
        if (listing instanceof Listing.FacetPage p) {
            return facetPage(p.value(), p.page());
        }
        if (listing instanceof Listing.FacetIndex f) {
            return facetIndex(f.facet());
        }
        return listing instanceof Listing.BrowseIndex ? browseIndex() : home();
    }

    private Map<String, Object> home() {
        PageUrl url = SiteUrls.HOME;
        List<Document> all = graph.primaries();
        Map<String, Object> vars = models.base(url, models.text("home.title"),
                models.text("home.description", all.size()), lang());
        vars.put("count", all.size());
        // Null in an empty archive: the template leaves the years out.
        vars.put("firstYear", all.stream().map(Document::year).min(Integer::compare).orElse(null));
        vars.put("lastYear", all.stream().map(Document::year).max(Integer::compare).orElse(null));
        List<Map<String, Object>> latest = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && latest.size() < LATEST; i--) {
            latest.add(models.item(readers(all.get(i)), url));
        }
        vars.put("latest", latest);
        vars.put("facets", facets(url, 8));
        return vars;
    }

    private Map<String, Object> browseIndex() {
        PageUrl url = SiteUrls.BROWSE;
        Map<String, Object> vars = models.base(url, models.text("browse.title"), models.text("browse.description"), lang());
        vars.put("facets", facets(url, Integer.MAX_VALUE));
        return vars;
    }

    private Map<String, Object> facetIndex(Facet f) {
        PageUrl url = SiteUrls.facetIndex(f);
        Map<String, Object> vars = models.base(url, models.text("facet.index.title", lower(f)),
                models.text("facet.index.description", lower(f)), lang());
        vars.put("facets", List.of(facet(f, url, Integer.MAX_VALUE)));
        return vars;
    }

    /** Facets with their values, at most {@code limit} values each, linked from {@code from}. */
    private List<Map<String, Object>> facets(PageUrl from, int limit) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Facet f : Facet.values()) {
            if (!browse.values(f).isEmpty()) {
                out.add(facet(f, from, limit));
            }
        }
        return out;
    }

    private Map<String, Object> facet(Facet f, PageUrl from, int limit) {
        List<Map<String, Object>> values = new ArrayList<>();
        for (FacetValue v : browse.values(f)) {
            if (values.size() >= limit) {
                break;
            }
            Map<String, Object> value = Vars.of("label", label(v), "count", v.documents().size(),
                    "href", v.url(1).relativeTo(from));
            value.put("lang", labelLang(v).map(Language::code).orElse(null));
            value.put("dir", labelDir(v));
            values.add(value);
        }
        Map<String, Object> m = new HashMap<>();
        m.put("title", title(f));
        m.put("by", models.text("facet.by", lower(f)));
        m.put("slug", f.slug());
        m.put("items", values);
        m.put("total", browse.values(f).size());
        m.put("href", SiteUrls.facetIndex(f).relativeTo(from));
        return m;
    }

    private Map<String, Object> facetPage(FacetValue v, int page) {
        PageUrl url = v.url(page);
        String title = page > 1 ? models.text("facet.page.title.paged", title(v.facet()), label(v), page)
                : models.text("facet.page.title", title(v.facet()), label(v));
        Map<String, Object> vars = models.base(url, title,
                models.text("facet.page.description", v.documents().size(), lower(v.facet()), label(v)), lang());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Document d : v.page(page)) {
            // A language's listing links that language's versions; the others, the reader's.
            items.add(models.item(v.facet() == Facet.LANGUAGE ? d : readers(d), url));
        }
        vars.put("facet", Vars.of("title", title(v.facet()), "by", models.text("facet.by", lower(v.facet())),
                "href", SiteUrls.facetIndex(v.facet()).relativeTo(url)));
        vars.put("label", label(v));
        vars.put("labelLang", labelLang(v).map(Language::code).orElse(null));
        vars.put("labelDir", labelDir(v));
        vars.put("count", v.documents().size());
        vars.put("items", items);
        vars.put("pagination", pagination(v, page, url));
        return vars;
    }

    private String lang() {
        return models.ui().code();
    }

    /** The version of a document in the site's language, where the archive has one. */
    private Document readers(Document d) {
        return models.inLanguage(d.symbol(), models.ui()).orElse(d);
    }

    private String title(Facet f) {
        return models.text("facet." + f.slug());
    }

    private String lower(Facet f) {
        return models.text("facet." + f.slug() + ".lower");
    }

    /**
     * A value as shown: an organ and a type in the site's language, a language by its own name
     * (readers look for their own), a year and a subject as they are.
     */
    private String label(FacetValue v) {
        return switch (v.facet()) {
            case ORGAN -> models.names().organ(v.label());
            case TYPE -> DocumentType.byPlural(v.label()).map(t -> models.names().types(t)).orElse(v.label());
            case LANGUAGE -> Language.ofCode(v.label()).map(Language::nativeName).orElse(v.label());
            case YEAR, SUBJECT -> v.label();
        };
    }

    /**
     * The language of a label that is not in the site's: a language's own name, and a subject
     * (the editors' words) in the language of the file that gave it, the first document's under it.
     */
    private Optional<Language> labelLang(FacetValue v) {
        Optional<Language> l = switch (v.facet()) {
            case LANGUAGE -> Language.ofCode(v.label());
            case SUBJECT -> graph.statedBy(v.documents().get(0), Field.SUBJECTS).map(Document::language);
            case ORGAN, YEAR, TYPE -> Optional.empty();
        };
        return v.facet() == Facet.LANGUAGE ? l : l.filter(x -> x != models.ui());
    }

    /** The direction of a label whose language writes the other way from the site's, else null. */
    private String labelDir(FacetValue v) {
        return labelLang(v).filter(l -> l.rightToLeft() != models.ui().rightToLeft())
                .map(l -> l.rightToLeft() ? "rtl" : "ltr").orElse(null);
    }

    private static Map<String, Object> pagination(FacetValue v, int page, PageUrl from) {
        Map<String, Object> m = new HashMap<>();
        m.put("page", page);
        m.put("pages", v.pages());
        m.put("prev", page > 1 ? v.url(page - 1).relativeTo(from) : null);
        m.put("next", page < v.pages() ? v.url(page + 1).relativeTo(from) : null);
        List<Map<String, Object>> links = new ArrayList<>();
        for (int p = 1; p <= v.pages(); p++) {
            links.add(Vars.of("n", p, "href", v.url(p).relativeTo(from), "current", p == page));
        }
        m.put("links", links);
        return m;
    }
}
