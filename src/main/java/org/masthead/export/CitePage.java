package org.masthead.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.masthead.link.LinkGraph;
import org.masthead.model.Document;
import org.masthead.model.Symbol;
import org.masthead.plan.CitationFormat;
import org.masthead.plan.PageUrl;
import org.masthead.plan.SiteUrls;

/**
 * The variables of a document page's citation box and head ({@code templates/cite.html}): the
 * citation, its files, the official record, where the text comes from, the {@code citation_*}
 * meta tags reference managers and scholarly search engines read, and schema.org JSON-LD.
 * Templates get plain {@link HashMap}s, as everywhere (Thymeleaf cannot read {@code Map.of}).
 */
public final class CitePage {
    private final LinkGraph graph;
    private final SiteUrls urls;
    private final String baseUrl;
    private final String siteTitle;
    private final ObjectMapper json;
    private final boolean files;

    /**
     * @param json  the mapper the site's JSON is written with: it must escape {@code <}, as JSON-LD sits in a script element
     * @param files whether the citation files and AKN file are written beside each page ({@code build --no-exports}
     *              leaves them out, and the page must not link to them)
     */
    public CitePage(LinkGraph graph, SiteUrls urls, String baseUrl, String siteTitle, ObjectMapper json, boolean files) {
        this.graph = graph;
        this.urls = urls;
        this.baseUrl = baseUrl;
        this.siteTitle = siteTitle;
        this.json = json;
        this.files = files;
    }

    /** The citation of a version, with its page's absolute address. */
    public Citation citation(Document d) {
        return Citation.of(d, urls.document(d).absolute(baseUrl));
    }

    public OfficialRecord record(Document d) {
        return OfficialRecord.of(d, graph.versions(d.symbol()));
    }

    public Map<String, Object> variables(Document d, PageUrl page) {
        Citation c = citation(d);
        OfficialRecord record = record(d);
        Provenance provenance = Provenance.of(d, record);
        Map<String, Object> v = new HashMap<>();
        v.put("text", c.text());
        if (files) {
            List<Map<String, Object>> links = new ArrayList<>();
            StringBuilder html = new StringBuilder(320);
            for (CitationFormat f : CitationFormat.values()) {
                String href = urls.citation(d, f).relativeTo(page);
                links.add(vars("label", f.label(), "href", href, "type", f.mediaType()));
                link(html.append(html.isEmpty() ? "" : " \u00b7 "), href, f);
            }
            v.put("files", links);
            v.put("links", html.toString());
            v.put("akn", urls.akn(d).relativeTo(page));
        }
        v.put("undocs", record.undocs().stream().map(l -> vars("code", l.language().code(),
                "name", l.language().nativeName(), "href", l.href(), "current", l.language() == d.language())).toList());
        v.put("pdfs", record.pdfs().stream().map(l -> vars("code", l.language().code(),
                "name", l.language().nativeName(), "href", l.href())).toList());
        v.put("library", record.library().orElse(null));
        v.put("provenance", vars("kind", provenance.kind().key(), "lang", d.language().code(), "note", provenance.note().orElse(null),
                "href", provenance.href()));
        String jsonLd = jsonLd(d, c, record);
        v.put("jsonLd", jsonLd);
        v.put("head", head(meta(d, c, record), jsonLd));
        return v;
    }

    /**
     * The tags of the head as one piece of HTML: made here, as a dozen meta tags through the
     * template engine cost more than the rest of the citation box.
     */
    private static String head(List<String[]> meta, String jsonLd) {
        StringBuilder sb = new StringBuilder(2048);
        for (String[] m : meta) {
            sb.append("<meta name=\"").append(m[0]).append("\" content=\"");
            attribute(sb, m[1]);
            sb.append("\">\n  ");
        }
        // The JSON escapes <, > and &: nothing in it can end the script element.
        return sb.append("<script type=\"application/ld+json\">").append(jsonLd).append("</script>").toString();
    }

    /**
     * A citation file's download link as HTML: made here, as the three links through the template
     * engine (a loop, and an expression per attribute) cost it more than the rest of the citation box.
     */
    private static void link(StringBuilder sb, String href, CitationFormat f) {
        sb.append("<a href=\"");
        attribute(sb, href);
        sb.append("\" type=\"");
        attribute(sb, f.mediaType());
        sb.append("\" download>");
        attribute(sb, f.label());
        sb.append("</a>");
    }

    private static void attribute(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(ch);
            }
        }
    }

    /** Highwire Press tags, as Google Scholar and Zotero read them; dates as yyyy/mm/dd. */
    private static List<String[]> meta(Document d, Citation c, OfficialRecord record) {
        List<String[]> m = new ArrayList<>();
        String date = CitationFiles.slashed(c.citedDate());
        m.add(tag("citation_title", c.displayTitle()));
        m.add(tag("citation_author", c.author()));
        m.add(tag("citation_publisher", CitationFiles.PUBLISHER));
        m.add(tag("citation_date", date));
        m.add(tag("citation_publication_date", date));
        m.add(tag("citation_technical_report_number", c.symbol()));
        m.add(tag("citation_technical_report_institution", CitationFiles.PUBLISHER));
        m.add(tag("citation_language", c.language().code()));
        m.add(tag("citation_abstract_html_url", c.url()));
        record.pdf(d.language()).ifPresent(pdf -> m.add(tag("citation_pdf_url", pdf)));
        if (!d.subjects().isEmpty()) {
            m.add(tag("citation_keywords", String.join("; ", d.subjects())));
        }
        return m;
    }

    private static String[] tag(String name, String content) {
        return new String[] {name, content};
    }

    /** schema.org: a {@code Report} by the organ, published by the United Nations. */
    private String jsonLd(Document d, Citation c, OfficialRecord record) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Report");
        ld.put("@id", c.url());
        ld.put("url", c.url());
        ld.put("name", c.displayTitle());
        ld.put("alternateName", c.text());
        ld.put("identifier", c.symbol());
        ld.put("reportNumber", c.symbol());
        ld.put("datePublished", d.date().toString());
        Optional.ofNullable(d.adopted()).ifPresent(a -> ld.put("dateCreated", a.toString()));
        ld.put("inLanguage", c.language().code());
        ld.put("author", organization(c.author(), Optional.of(organization(CitationFiles.PUBLISHER, Optional.empty()))));
        ld.put("publisher", organization(CitationFiles.PUBLISHER, Optional.empty()));
        List<String> sameAs = new ArrayList<>();
        sameAs.add(record.undocs(d.language()));
        record.library().ifPresent(sameAs::add);
        ld.put("sameAs", sameAs);
        record.pdf(d.language()).ifPresent(pdf -> ld.put("encoding", ordered("@type", "MediaObject",
                "encodingFormat", "application/pdf", "contentUrl", pdf)));
        if (!d.subjects().isEmpty()) {
            ld.put("keywords", d.subjects());
        }
        List<String> cites = new ArrayList<>();
        for (Symbol s : d.references()) {
            cites.add(graph.primary(s).map(h -> urls.document(h).absolute(baseUrl)).orElseGet(s::undocsUrl));
        }
        if (!cites.isEmpty()) {
            ld.put("citation", cites);
        }
        ld.put("isPartOf", ordered("@type", "WebSite", "name", siteTitle, "url", baseUrl));
        try {
            return json.writeValueAsString(ld);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> organization(String name, Optional<Map<String, Object>> parent) {
        Map<String, Object> o = ordered("@type", "Organization", "name", name);
        parent.ifPresent(p -> o.put("parentOrganization", p));
        return o;
    }

    /** A map in the order given: the JSON of every build has its keys in the same order. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        return fill(new LinkedHashMap<>(), keysAndValues);
    }

    private static Map<String, Object> vars(Object... keysAndValues) {
        return fill(new HashMap<>(), keysAndValues);
    }

    private static Map<String, Object> fill(Map<String, Object> m, Object... keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
