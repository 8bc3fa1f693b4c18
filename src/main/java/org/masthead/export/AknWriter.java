package org.masthead.export;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

import org.masthead.link.LinkGraph;
import org.masthead.link.ReferenceFinder;
import org.masthead.model.Document;
import org.masthead.model.Symbol;

/**
 * One language version of a document as Akoma Ntoso 3.0 XML, after the AKN4UN guidelines:
 * FRBR identification (work, expression, manifestation), the organ and the documents it cites
 * and that cite it in {@code <references>}, a preface with symbol, date and title, the body's
 * preamble, paragraphs and sections, and each annex as an attachment with its own identification.
 * Valid against the OASIS schema (the tests check every file of the bundled archive).
 */
public final class AknWriter {
    static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final String SOURCE = "#masthead";

    private final LinkGraph graph;
    private final ReferenceFinder finder;
    private final Parser parser;

    public AknWriter(LinkGraph graph, ReferenceFinder finder) {
        this.graph = graph;
        this.finder = finder;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        this.parser = Parser.builder(options).build();
    }

    /** The address a reference points to: the work of a document the archive holds, else its record on undocs.org. */
    String href(Symbol s) {
        return graph.primary(s).map(AknIri::workOf).orElseGet(s::undocsUrl);
    }

    /** @param item the file's own public address, its FRBR item (the copy at a place) */
    public byte[] write(Document d, String markdown, String item) {
        return write(d, parser.parse(markdown), item);
    }

    /**
     * The same from a parse of the body already made (the page's: parsing is a good part of a
     * page's cost). Any flexmark parse of it with footnotes gives the same file: only blocks
     * and the text of their inlines are read.
     */
    public byte[] write(Document d, Node body, String item) {
        AknIri iri = AknIri.of(d);
        List<AknBody.Part> parts = AknBody.parts(body);
        XmlOut out = new XmlOut();
        out.open("akomaNtoso", "xmlns", NAMESPACE);
        out.open(iri.element(), "name", iri.name());
        meta(out, d, iri, "main", item);
        preface(out, d);
        AknBody.Part main = parts.get(0);
        List<Node> preamble = iri.element().equals("statement") ? AknBody.preamble(main.blocks()) : List.of();
        AknBody writer = new AknBody(finder, this::href, out, "");
        if (!preamble.isEmpty()) {
            out.open("preamble");
            writer.blocks(preamble);
            out.close("preamble");
        }
        out.open("mainBody");
        writer.mainBody(rest(main.blocks(), preamble));
        out.close("mainBody");
        if (parts.size() > 1) {
            out.open("attachments");
            for (int i = 1; i < parts.size(); i++) {
                attachment(out, d, iri, parts.get(i), i);
            }
            out.close("attachments");
        }
        out.close(iri.element());
        out.close("akomaNtoso");
        return out.bytes();
    }

    /** The blocks after the preamble: a "Preamble" heading and its text are in the preamble already. */
    private static List<Node> rest(List<Node> blocks, List<Node> preamble) {
        if (preamble.isEmpty()) {
            return blocks;
        }
        int end = blocks.indexOf(preamble.get(preamble.size() - 1)) + 1;
        return blocks.subList(end, blocks.size());
    }

    private void attachment(XmlOut out, Document d, AknIri iri, AknBody.Part annex, int n) {
        String component = "annex_" + n;
        out.open("attachment", "eId", "att_" + n);
        out.open("doc", "name", "annex");
        meta(out, d, iri, component, "");
        out.open("preface");
        out.open("longTitle", "eId", "att_" + n + "__longTitle");
        out.start("p").text(annex.heading()).end("p");
        out.close("longTitle");
        out.close("preface");
        out.open("mainBody");
        new AknBody(finder, this::href, out, "att_" + n + "__").mainBody(annex.blocks());
        out.close("mainBody");
        out.close("doc");
        out.close("attachment");
    }

    /** @param item the file's address: the main document's meta names it and has the references; an annex's has neither */
    private void meta(XmlOut out, Document d, AknIri iri, String component, String item) {
        String date = d.date().toString();
        String author = "#" + iri.actor();
        out.open("meta");
        out.open("identification", "source", SOURCE);
        out.open("FRBRWork");
        out.empty("FRBRthis", "value", iri.workComponent(component));
        out.empty("FRBRuri", "value", iri.work());
        out.empty("FRBRalias", "value", d.symbol().text(), "name", "symbol");
        for (Symbol also : d.also()) {
            out.empty("FRBRalias", "value", also.text(), "name", "symbol");
        }
        out.empty("FRBRdate", "date", iri.workDate().toString(), "name", iri.workDate().equals(d.date()) ? "issue" : "adoption");
        out.empty("FRBRauthor", "href", author, "as", "#author");
        out.empty("FRBRcountry", "value", "un");
        out.empty("FRBRsubtype", "value", iri.subtype());
        out.empty("FRBRnumber", "value", iri.number(), "showAs", d.symbol().text());
        out.close("FRBRWork");
        out.open("FRBRExpression");
        out.empty("FRBRthis", "value", iri.expressionComponent(component));
        out.empty("FRBRuri", "value", iri.expression());
        out.empty("FRBRdate", "date", date, "name", "issue");
        out.empty("FRBRauthor", "href", author, "as", "#author");
        out.empty("FRBRlanguage", "language", AknIri.language3(d.language()));
        out.close("FRBRExpression");
        out.open("FRBRManifestation");
        out.empty("FRBRthis", "value", iri.manifestationComponent(component));
        out.empty("FRBRuri", "value", iri.manifestation());
        // The document's own date, not the day of the build: the same input gives the same bytes.
        out.empty("FRBRdate", "date", date, "name", "transform");
        out.empty("FRBRauthor", "href", SOURCE, "as", "#editor");
        out.close("FRBRManifestation");
        if (!item.isEmpty()) {
            out.open("FRBRItem");
            out.empty("FRBRthis", "value", item);
            out.empty("FRBRuri", "value", item);
            out.empty("FRBRdate", "date", date, "name", "transform");
            out.empty("FRBRauthor", "href", SOURCE, "as", "#editor");
            out.close("FRBRItem");
        }
        out.close("identification");
        if (!item.isEmpty()) {
            references(out, d, iri);
        }
        out.close("meta");
    }

    /** The organ, Masthead, the documents this one cites (active) and those that cite it (passive). */
    private void references(XmlOut out, Document d, AknIri iri) {
        out.open("references", "source", SOURCE);
        int n = 0;
        for (Symbol s : d.references()) {
            out.empty("activeRef", "eId", "activeRef_" + (++n), "href", href(s), "showAs", s.text());
        }
        n = 0;
        for (Symbol s : graph.citedBy(d.symbol())) {
            out.empty("passiveRef", "eId", "passiveRef_" + (++n), "href", href(s), "showAs", s.text());
        }
        out.empty("TLCOrganization", "eId", iri.actor(), "href", "/akn/ontology/organizations/un/" + iri.actor(),
                "showAs", d.organ());
        out.empty("TLCOrganization", "eId", "masthead", "href", "/akn/ontology/organizations/masthead",
                "showAs", "Masthead");
        out.empty("TLCRole", "eId", "author", "href", "/akn/ontology/roles/author", "showAs", "Author");
        out.empty("TLCRole", "eId", "editor", "href", "/akn/ontology/roles/editor", "showAs", "Editor");
        out.close("references");
    }

    /** Symbol, date and title, as the masthead prints them. */
    private void preface(XmlOut out, Document d) {
        out.open("preface");
        out.start("p", "class", "symbol").inline("docNumber", d.symbol().text()).end("p");
        out.start("p", "class", "date").inline("docDate", d.date().toString(), "date", d.date().toString()).end("p");
        out.open("longTitle", "eId", "longTitle");
        out.start("p").inline("docTitle", d.title()).end("p");
        out.close("longTitle");
        out.close("preface");
    }
}
