package org.masthead.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.masthead.model.Distribution;
import org.masthead.model.Document;
import org.masthead.model.DocumentType;
import org.masthead.model.Identity;
import org.masthead.model.Imprint;
import org.masthead.model.Language;
import org.masthead.model.Parties;
import org.masthead.model.Provenance;
import org.masthead.model.Relations;
import org.masthead.model.Symbol;

/** Who cites whom, families of /Rev. and /Add., and language versions. */
class LinkGraphTest {

    private static Document doc(String symbol, String date, Language language, String... references) {
        Symbol s = Symbol.of(symbol);
        return new Document(new Identity(s, language, DocumentType.infer(s, "Letter"), "Security Council"),
                new Imprint("Title of " + symbol, LocalDate.parse(date), Distribution.GENERAL, null, null, List.of(),
                        null, null),
                new Parties(null, null, List.of()),
                new Relations(List.of(), List.of(references).stream().map(Symbol::of).toList(), List.of(), List.of()),
                new Provenance(Map.of(), Path.of(symbol.replace(' ', '_') + "." + language.code() + ".md"), 2, "", "",
                        Set.of()));
    }

    private static List<String> texts(List<Symbol> symbols) {
        return symbols.stream().map(Symbol::text).toList();
    }

    private final Document base = doc("S/2014/10", "2014-01-10", Language.EN, "S/2014/99");
    private final Document rev = doc("S/2014/10/Rev.1", "2014-01-20", Language.EN, "S/2014/10");
    private final Document add = doc("S/2014/10/Add.1", "2014-01-15", Language.EN);
    private final Document late = doc("S/2014/30", "2014-03-01", Language.EN, "S/2014/10", "S/2014/10", "S/2014/404");
    private final Document early = doc("S/2014/5", "2014-01-05", Language.EN, "S/2014/10", "S/2014/5");
    private final Document french = doc("S/2014/30", "2014-03-01", Language.FR, "S/2014/20");
    private final Document frenchOnly = doc("S/2014/20", "2014-02-01", Language.FR);
    private final LinkGraph graph = LinkGraph.of(List.of(late, base, french, rev, early, add, frenchOnly));

    @Test
    void citedByListsHeldCitersOnceInDateOrder() {
        assertEquals(List.of("S/2014/5", "S/2014/10/Rev.1", "S/2014/30"), texts(graph.citedBy(Symbol.of("S/2014/10"))));
    }

    @Test
    void aDocumentCitingItselfIsNotAmongItsCiters() {
        assertFalse(graph.citedBy(Symbol.of("S/2014/5")).contains(Symbol.of("S/2014/5")));
    }

    @Test
    void aLanguageVersionCitesForItsDocument() {
        assertEquals(List.of("S/2014/30"), texts(graph.citedBy(Symbol.of("S/2014/20"))));
    }

    @Test
    void symbolsTheArchiveDoesNotHoldAreNeverCited() {
        assertEquals(List.of(), graph.citedBy(Symbol.of("S/2014/99")));
        assertEquals(List.of(), graph.citedBy(Symbol.of("S/2014/404")));
        assertFalse(graph.holds(Symbol.of("S/2014/99")));
        assertEquals(Optional.empty(), graph.primary(Symbol.of("S/2014/99")));
    }

    @Test
    void familiesHoldTheBaseAndItsRevisionsAndAddendaButNotTheDocumentItself() {
        assertEquals(List.of("S/2014/10/Add.1", "S/2014/10/Rev.1"), texts(graph.family(Symbol.of("S/2014/10"))));
        assertEquals(List.of("S/2014/10", "S/2014/10/Add.1"), texts(graph.family(Symbol.of("S/2014/10/Rev.1"))));
        assertEquals(List.of(), graph.family(Symbol.of("S/2014/30")));
    }

    @Test
    void languageVersionsInLanguageOrderWithEnglishAsPrimary() {
        assertEquals(List.of(late, french), graph.versions(Symbol.of("S/2014/30")));
        assertEquals(Optional.of(late), graph.primary(Symbol.of("S/2014/30")));
        assertTrue(graph.isPrimary(late));
        assertFalse(graph.isPrimary(french));
    }

    @Test
    void withoutEnglishTheFirstVersionIsPrimary() {
        assertEquals(Optional.of(frenchOnly), graph.primary(Symbol.of("S/2014/20")));
        assertTrue(graph.isPrimary(frenchOnly));
    }

    @Test
    void primariesAreOnePerSymbolByDateThenSymbol() {
        assertEquals(List.of(early, base, add, rev, frenchOnly, late), graph.primaries());
        assertEquals(6, graph.size());
        assertEquals(7, graph.all().size());
    }
}
