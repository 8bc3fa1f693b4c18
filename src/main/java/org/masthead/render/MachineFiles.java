package org.masthead.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.masthead.link.LinkGraph;
import org.masthead.model.Annex;
import org.masthead.model.Distribution;
import org.masthead.model.Document;
import org.masthead.model.DocumentType;
import org.masthead.model.Field;
import org.masthead.model.Language;
import org.masthead.model.Signatory;
import org.masthead.model.Symbol;
import org.masthead.plan.PageUrl;
import org.masthead.plan.SiteUrls;

/** The machine-readable files of FORMAT.md section 3: per-document JSON, the catalogue, the feed, the sitemap. */
public final class MachineFiles {
    private final ObjectMapper json = HtmlSafeJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final LinkGraph graph;
    private final SiteUrls urls;
    private final String baseUrl;
    private final String siteTitle;

    public MachineFiles(LinkGraph graph, SiteUrls urls, String baseUrl, String siteTitle) {
        this.graph = graph;
        this.urls = urls;
        this.baseUrl = baseUrl;
        this.siteTitle = siteTitle;
    }

    /** The keys of the content format plus {@code url}, resolved {@code references} and {@code citedBy}. */
    public Map<String, Object> metadata(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Field f : Field.values()) {
            // Kept fields follow in the order the file wrote them; references, resolved, after the url.
            if (!f.kept() && f != Field.REFERENCES) {
                put(m, f.key(), json(f.kind(), f.of(d)));
            }
        }
        // Kept fields of the table by their kind (undl a number, as the schema says); unknown keys as written.
        d.extra().forEach((k, v) -> put(m, k, Field.ofKey(k).map(f -> json(f.kind(), v)).orElse(Optional.ofNullable(v))));
        m.put("url", urls.document(d).absolute(baseUrl));
        List<Map<String, Object>> refs = new ArrayList<>();
        for (Symbol s : d.references()) {
            Optional<Document> held = graph.primary(s);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("symbol", s.text());
            r.put("url", held.map(h -> urls.document(h).absolute(baseUrl)).orElseGet(s::undocsUrl));
            r.put("held", held.isPresent());
            refs.add(r);
        }
        m.put("references", refs);
        List<Map<String, Object>> cited = new ArrayList<>();
        for (Symbol s : graph.citedBy(d.symbol())) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("symbol", s.text());
            r.put("url", urls.document(graph.primary(s).orElseThrow()).absolute(baseUrl));
            cited.add(r);
        }
        m.put("citedBy", cited);
        return m;
    }

    /** A field's value as JSON holds it; absent for null and for an empty list. */
    @SuppressWarnings("unchecked")
    private static Optional<Object> json(Field.Kind kind, Object v) {
        if (v == null || v instanceof List<?> l && l.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (kind) {
            case SYMBOL -> ((Symbol) v).text();
            case LANGUAGE -> ((Language) v).code();
            case TYPE -> ((DocumentType) v).key();
            case DISTRIBUTION -> ((Distribution) v).label();
            case DATE -> v.toString();
            case SYMBOLS -> ((List<Symbol>) v).stream().map(Symbol::text).toList();
            case SIGNATORIES -> signatories((List<Signatory>) v);
            case ANNEXES -> annexes((List<Annex>) v);
            // Checked to be a whole number when read, but kept as the YAML wrote it.
            case WHOLE_NUMBER -> Long.valueOf(String.valueOf(v).strip());
            case TEXT, TEXTS, JOBS -> v;
        });
    }

    private static List<Map<String, Object>> annexes(List<Annex> list) {
        List<Map<String, Object>> annexes = new ArrayList<>();
        for (Annex a : list) {
            Map<String, Object> am = new LinkedHashMap<>();
            put(am, "title", a.title());
            put(am, "from", a.from());
            put(am, "to", a.to());
            put(am, "date", iso(a.date()));
            put(am, "original", a.original());
            if (!a.signatories().isEmpty()) {
                am.put("signatories", signatories(a.signatories()));
            }
            annexes.add(am);
        }
        return annexes;
    }

    public byte[] json(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every version of every document, by date then symbol, streamed: the catalogue of a big archive is big. */
    public void catalogue(List<Document> all, OutputStream out) throws IOException {
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartArray();
            ObjectWriter w = json.writer()
                    .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
            for (Document d : all) {
                w.writeValue(g, metadata(d));
            }
            g.writeEndArray();
        }
    }

    /** An Atom feed of the given documents; its date is the newest document's, so rebuilds give the same bytes. */
    public String feed(List<Document> items) {
        StringBuilder sb = new StringBuilder(32 * 1024);
        String updated = items.isEmpty() ? "1970-01-01" : items.get(0).date().toString();
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(xml(siteTitle)).append("</title>\n")
                .append("  <id>").append(xml(baseUrl)).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(xml(baseUrl + "feed.xml")).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(baseUrl)).append("\"/>\n")
                .append("  <updated>").append(updated).append("T00:00:00Z</updated>\n")
                .append("  <author><name>").append(xml(siteTitle)).append("</name></author>\n");
        for (Document d : items) {
            String url = urls.document(d).absolute(baseUrl);
            sb.append("  <entry>\n")
                    .append("    <title>").append(xml(d.symbol().text() + ": " + d.title())).append("</title>\n")
                    .append("    <id>").append(xml(url)).append("</id>\n")
                    .append(alternates(d, url))
                    .append("    <updated>").append(d.date()).append("T00:00:00Z</updated>\n")
                    .append("    <summary>").append(xml(d.summary().isEmpty() ? d.title() : d.summary()))
                    .append("</summary>\n")
                    .append("  </entry>\n");
        }
        return sb.append("</feed>\n").toString();
    }

    /**
     * The entry's page; for a document in several languages, one link per version with its
     * {@code hreflang}, in the UN's order (the graph keeps versions so), so a feed reader sees which languages it has.
     */
    private String alternates(Document d, String url) {
        List<Document> versions = graph.versions(d.symbol());
        if (versions.size() < 2) {
            return "    <link rel=\"alternate\" type=\"text/html\" href=\"" + xml(url) + "\"/>\n";
        }
        StringBuilder sb = new StringBuilder();
        versions.forEach(v -> sb
                .append("    <link rel=\"alternate\" type=\"text/html\" hreflang=\"").append(v.language().code())
                .append("\" href=\"").append(xml(urls.document(v).absolute(baseUrl))).append("\"/>\n"));
        return sb.toString();
    }

    public String sitemap(List<PageUrl> pages) {
        StringBuilder sb = new StringBuilder(pages.size() * 80 + 200);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (PageUrl p : pages) {
            sb.append("  <url><loc>").append(xml(p.absolute(baseUrl))).append("</loc></url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    private static List<Map<String, Object>> signatories(List<Signatory> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Signatory s : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            put(m, "role", s.role());
            out.add(m);
        }
        return out;
    }

    /** A date of the model, which may be absent (null), as yyyy-mm-dd. */
    private static Optional<String> iso(LocalDate d) {
        return Optional.ofNullable(d).map(LocalDate::toString);
    }

    /** Absent values are left out of the JSON. */
    private static void put(Map<String, Object> m, String key, Optional<?> value) {
        value.ifPresent(v -> m.put(key, v));
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
