package org.masthead.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.masthead.diag.Diagnostics;
import org.masthead.model.Symbol;

/**
 * The mastheads of resolutions as published since 2020, laid out line for line as pdftotext
 * gives the official PDFs of A/RES/ES-11/1 and S/RES/2623 (2022) (the body shortened): the
 * General Assembly's session, agenda item and its title, the adoption line, the committee line
 * with its symbols and the number alone on its line; the Security Council's adoption line under
 * the title.
 */
class ResolutionLayoutTest {

    private static final String GA = """
            United Nations

            A/RES/ES-11/1

            General Assembly

            Distr.: General
            18 March 2022

            Eleventh emergency special session
            Agenda item 5
            Letter dated 28 February 2014 from the Permanent Representative of
            Ukraine to the United Nations addressed to the President of the
            Security Council (S/2014/136)

            Resolution adopted by the General Assembly on 2 March 2022
            [without reference to a Main Committee (A/ES-11/L.1 and A/ES-11/L.1/Add.1)]

            ES-11/1.
            Aggression against Ukraine
            The General Assembly,
            Reaffirming the paramount importance of the Charter of the United Nations in the
            promotion of the rule of law among nations,
            Recalling Security Council resolution 2623 (2022) of 27 February 2022,
            1.
            Reaffirms its commitment to the sovereignty, independence, unity and territorial
            integrity of Ukraine within its internationally recognized borders;
            """;

    private static final String SC = """
            United Nations

            S/RES/2623 (2022)

            Security Council

            Distr.: General
            27 February 2022

            Resolution 2623 (2022)
            Adopted by the Security Council at its 8980th meeting, on
            27 February 2022
            The Security Council,
            Having considered the item of the agenda of its 8979th meeting as contained in
            document S/Agenda/8979,
            1.
            Decides to call an emergency special session of the General Assembly;
            """;

    @Test
    void readsAGeneralAssemblyResolutionsMasthead() {
        ImportedDocument doc = importOf(GA);
        Metadata m = doc.metadata();
        assertEquals("A/RES/ES-11/1", m.symbol().text());
        assertEquals("Aggression against Ukraine", m.title());
        assertEquals("Eleventh emergency special session", m.session());
        assertEquals(List.of("Agenda item 5: Letter dated 28 February 2014 from the Permanent Representative of Ukraine"
                + " to the United Nations addressed to the President of the Security Council (S/2014/136)"), m.agenda());
        assertEquals(LocalDate.of(2022, 3, 2), m.adopted());
        assertEquals(LocalDate.of(2022, 3, 18), m.date());
        // The agenda item's title and the committee line cite documents too.
        assertTrue(doc.references().containsAll(List.of(Symbol.of("S/2014/136"), Symbol.of("A/ES-11/L.1"),
                Symbol.of("A/ES-11/L.1/Add.1"), Symbol.of("S/RES/2623 (2022)"))), doc.references().toString());
        assertFalse(doc.markdown().contains("\nES-11/1.\n"), "the number line is the title's, not the body's");
    }

    @Test
    void keepsTheSecurityCouncilsAdoptionLineOutOfTheTitle() {
        ImportedDocument doc = importOf(SC);
        assertEquals("Resolution 2623 (2022)", doc.metadata().title());
        assertTrue(doc.markdown().contains("Adopted by the Security Council at its 8980th meeting"), doc.markdown());
        assertTrue(doc.references().contains(Symbol.of("S/Agenda/8979")), doc.references().toString());
    }

    private static ImportedDocument importOf(String text) {
        Diagnostics d = new Diagnostics();
        ImportedDocument doc = new Importer().importText(Path.of("layout.txt"), text, d).orElseThrow();
        assertFalse(d.hasErrors(), d.sorted().toString());
        return doc;
    }
}
