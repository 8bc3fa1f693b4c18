package org.masthead.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.cli.Main;
import org.masthead.pipeline.TestSite;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Akoma Ntoso files of a small site built through the command line: valid, and holding the structure the text has. */
class AknExportTest {
    @TempDir
    static Path root;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = ExportSite.write(root);
        TestSite.Run run = site.build();
        assertEquals(Main.OK, run.code(), run::toString);
    }

    @Test
    void aResolutionInAknHasItsPreambleNumberedParagraphsAndAnnex() throws Exception {
        Path file = site.site("S/RES/2164(2014)/akn.xml");
        assertEquals(List.of(), AknSchema.errors(file));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(file.toFile());
        Element statement = (Element) xml.getDocumentElement().getElementsByTagNameNS(AknWriter.NAMESPACE, "statement").item(0);
        assertEquals("statement", statement.getLocalName());
        assertEquals("resolution", statement.getAttribute("name"));
        assertEquals("/akn/un/statement/deliberation/un-sc/2014-06-25/2164-2014", value(xml, "FRBRuri", 0));
        assertEquals("/akn/un/statement/deliberation/un-sc/2014-06-25/2164-2014/eng@2014-06-25", value(xml, "FRBRuri", 1));
        assertTrue(text(xml, "preamble").contains("Recalling its previous resolutions"), text(xml, "preamble"));
        NodeList nums = xml.getElementsByTagNameNS(AknWriter.NAMESPACE, "num");
        assertEquals(2, nums.getLength());
        assertEquals("1.", nums.item(0).getTextContent());
        assertTrue(text(xml, "mainBody").contains("to keep it informed"));
        assertEquals(1, xml.getElementsByTagNameNS(AknWriter.NAMESPACE, "table").getLength());
        assertEquals(1, xml.getElementsByTagNameNS(AknWriter.NAMESPACE, "attachment").getLength());
        // the report it cites is held: the reference is that document's work IRI
        assertTrue(site.text("S/RES/2164(2014)/akn.xml").contains(
                "<ref href=\"/akn/un/doc/officialLetter/un-sc/2014-09-12/2014-660\">S/2014/660</ref>"));
    }

    @Test
    void eachLanguageVersionIsItsOwnExpressionOfOneWork() throws Exception {
        String en = site.text("S/2014/660/akn.xml");
        String fr = site.text("S/2014/660/fr/akn.xml");
        assertEquals(List.of(), AknSchema.errors(site.site("S/2014/660/fr/akn.xml")));
        String work = "/akn/un/doc/officialLetter/un-sc/2014-09-12/2014-660";
        assertTrue(en.contains("<FRBRuri value=\"" + work + "\"/>") && fr.contains("<FRBRuri value=\"" + work + "\"/>"));
        assertTrue(en.contains("<FRBRuri value=\"" + work + "/eng@2014-09-12\"/>"));
        assertTrue(fr.contains("<FRBRuri value=\"" + work + "/fra@2014-09-12\"/>"));
        assertTrue(fr.contains("<FRBRlanguage language=\"fra\"/>"));
        assertTrue(en.contains("<passiveRef eId=\"passiveRef_1\" href=\"/akn/un/statement/deliberation/un-sc/2014-06-25/2164-2014\""),
                "S/RES/2164 (2014) cites it");
        assertTrue(en.contains("<ref href=\"https://undocs.org/S/2014/999\">S/2014/999</ref>"), "not held: undocs.org");
    }

    private static String value(Document xml, String tag, int i) {
        return ((Element) xml.getElementsByTagNameNS(AknWriter.NAMESPACE, tag).item(i)).getAttribute("value");
    }

    private static String text(Document xml, String tag) {
        return xml.getElementsByTagNameNS(AknWriter.NAMESPACE, tag).item(0).getTextContent();
    }
}
