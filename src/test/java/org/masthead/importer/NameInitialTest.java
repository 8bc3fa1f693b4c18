package org.masthead.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.masthead.diag.Diagnostics;

/**
 * A person's initial at the start of a line ("U. Joy Ogwu (Nigeria)", S/2014/2/Rev.3) is no
 * lettered heading, and lettered headings, also those after "I." (J, K, L) or ending in an
 * acronym in brackets, stay headings.
 */
class NameInitialTest {

    private static final String REPORT = """
            S/2014/997

            United Nations

            Security Council

            Distr.: General
            4 June 2014
            Original: English

            Report of the Secretary-General on the work of the Council
            I. Introduction
            1. The present report covers the period from January to June 2014.
            A. United Nations Mission in South Sudan (UNMISS)
            2. The Mission continued to protect civilians.
            I. Subsidiary bodies
            3. The following were elected.
            J. Cooperation with regional organizations (African Union)
            4. The Council met the African Union twice.
            K. Peacekeeping operations
            5. The Council renewed two mandates.
            L. Humanitarian situation
            6. The situation remained grave.
            Security Council Committee established pursuant to resolution 2048 (2012)
            Chair:
            U. Joy Ogwu (Nigeria)
            Vice-Chair: Luxembourg
            Working Group on Peacekeeping Operations
            Rapporteur:
            M. Tantawi
            The officers below serve until the end of the year:
            R. María Cristina Perceval (Argentina)
            S. Gary Francis Quinlan (Australia)

            14-99997 (E)

            050614

            *1499997*
            """;

    @Test
    void aNameIsNoHeadingAndHeadingsStayHeadings() {
        Diagnostics d = new Diagnostics();
        String md = new Importer().importText(Path.of("report.txt"), REPORT, d).orElseThrow().markdown();
        List<String> headings = md.lines().filter(l -> l.startsWith("#")).toList();
        assertEquals(List.of("## I. Introduction", "### A. United Nations Mission in South Sudan (UNMISS)",
                "## I. Subsidiary bodies", "### J. Cooperation with regional organizations (African Union)",
                "### K. Peacekeeping operations", "### L. Humanitarian situation"), headings, md);
        for (String name : List.of("U. Joy Ogwu (Nigeria)", "M. Tantawi", "R. María Cristina Perceval (Argentina)",
                "S. Gary Francis Quinlan (Australia)")) {
            assertTrue(md.lines().anyMatch(l -> l.contains(name) && !l.startsWith("#")), name + " in the text:\n" + md);
        }
    }

    @Test
    void theRuleItself() {
        assertTrue(NameInitial.startsName("U. Joy Ogwu (Nigeria)", "Security Council Committee ..."));
        assertTrue(NameInitial.startsName("M. Tantawi", "Rapporteur:"));
        assertTrue(NameInitial.startsName("P. Jean-Marc de La Sablière (France)", ""));
        assertFalse(NameInitial.startsName("B. United Nations Mission in South Sudan (UNMISS)", ""));
        assertFalse(NameInitial.startsName("J. Cooperation with regional organizations", "4. The Council met."));
        assertFalse(NameInitial.startsName("C. Political developments", "as follows: the Council met."));
    }
}
