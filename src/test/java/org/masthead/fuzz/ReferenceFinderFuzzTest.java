package org.masthead.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.masthead.link.Reference;
import org.masthead.link.ReferenceFinder;
import org.masthead.model.Symbol;

/** The reference finder on any text: no exception, spans inside the text and in order, each a canonical symbol. */
class ReferenceFinderFuzzTest {
    private final ReferenceFinder finder = new ReferenceFinder();

    private static String prose(Random r) {
        return r.nextInt(4) == 0 ? Fragments.mutate(r, "as set out in resolutions 1267 (1999), 1989 (2011) and 2253 (2015) "
                + "and General Assembly resolution 64/288, see S/2014/660 and Add.1 and 2, and resolution 1645\n(2005).")
                : Fragments.text(r, 60);
    }

    @Test
    void findsWellFormedReferencesInAnyText() {
        int n = Fuzz.check("references", Fuzz.tries(20_000), ReferenceFinderFuzzTest::prose, this::wellFormed);
        System.out.println("[fuzz] ReferenceFinder.find: " + n + " inputs");
    }

    void wellFormed(String text) {
        int start = 0;
        for (Reference r : finder.find(text)) {
            assertTrue(r.start() >= 0 && r.start() < r.end() && r.end() <= text.length(), r + " in " + text.length());
            assertTrue(r.start() >= start, "in the order of the text: " + r);
            start = r.start();
            Symbol s = r.symbol();
            assertEquals(s, Symbol.parse(s.text()).symbol().orElseThrow(), s.text());
        }
    }
}
