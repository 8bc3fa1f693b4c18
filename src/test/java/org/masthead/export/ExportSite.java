package org.masthead.export;

import static org.masthead.pipeline.TestSite.doc;

import java.nio.file.Path;

import org.masthead.pipeline.TestSite;

/**
 * A small archive with what the exports read: a letter in two language versions whose English
 * file gives job numbers and a Digital Library record (numbers made up for the test), a
 * Security Council resolution with a preamble, numbered paragraphs, a list, a table and an
 * annex, a General Assembly resolution with a title of its own, and a title full of BibTeX's
 * special characters.
 */
final class ExportSite {
    private ExportSite() {
    }

    static TestSite write(Path root) {
        TestSite site = new TestSite(root);
        site.file("S/2014/660.md", doc("S/2014/660", "2014-09-12",
                "Letter dated 11 September 2014 from the Secretary-General addressed to the President of the Security Council",
                "type: letter\njobs: {en: N1453541, fr: N1453542}\nundl: 778020\nsubjects: [Mali]\n"
                        + "source: \"example/undocs@0123abc en/pdfs/S/2014/660/resolution.txt (public domain)\"",
                "I have the honour to transmit a letter on resolution 2164 (2014).\n\n(Signed) BAN Ki-moon\n\n"
                        + "## Annex\n\nFollowing the meeting, I refer to S/2014/999."));
        site.file("S/2014/660.fr.md", doc("S/2014/660", "2014-09-12",
                "Lettre datée du 11 septembre 2014, adressée au Président du Conseil de sécurité par le Secrétaire général",
                "language: fr\ntype: letter", "J'ai l'honneur de vous transmettre une lettre."));
        site.file("S/RES/2164(2014).md", doc("S/RES/2164 (2014)", "2014-06-25", "Resolution 2164 (2014)",
                "type: resolution\nadopted: 2014-06-25", """
                        The Security Council,

                        *Recalling* its previous resolutions and the report S/2014/660,

                        1. *Decides* to extend the mandate;

                        2. *Requests* the Secretary-General:

                           - to report on progress;
                           - to keep it informed;

                        | Unit | Strength |
                        |---|---|
                        | Troops | 11,240 |

                        ## Annex

                        Text of the annex.
                        """));
        site.file("A/RES/68/262.md", doc("A/RES/68/262", "2014-04-01", "Territorial integrity of Ukraine",
                "type: resolution\nadopted: 2014-03-27", "The General Assembly,\n\n1. *Affirms* its commitment;"));
        site.file("S/2014/700.md", doc("S/2014/700", "2014-10-01",
                "\"Report on 50% of {funds} & costs_total #3\"", "type: report", "Text."));
        return site;
    }
}
