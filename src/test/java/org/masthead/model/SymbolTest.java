package org.masthead.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SymbolTest {

    private static Symbol parsed(String raw) {
        Symbol.Result r = Symbol.parse(raw);
        assertTrue(r.symbol().isPresent(), () -> "'" + raw + "' should parse, but: " + r.error());
        return r.symbol().get();
    }

    /** Every example of FORMAT.md section 2, with its canonical form. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            S/2014/660          | S/2014/660
            S/2014/2/Rev.3      | S/2014/2/Rev.3
            S/2014/105*         | S/2014/105
            S/RES/2164 (2014)   | S/RES/2164 (2014)
            S/RES/2164(2014)    | S/RES/2164 (2014)
            S/PRST/2014/2       | S/PRST/2014/2
            S/PV.7259           | S/PV.7259
            S/Agenda/8979       | S/Agenda/8979
            A/RES/68/262        | A/RES/68/262
            A/RES/ES-11/1       | A/RES/ES-11/1
            A/68/789            | A/68/789
            A/ES-11/L.1/Add.1   | A/ES-11/L.1/Add.1
            E/CN.6/2014/15      | E/CN.6/2014/15
            ST/SGB/2014/1       | ST/SGB/2014/1
            """)
    void parsesEveryFormatExampleToItsCanonicalForm(String raw, String canonical) {
        assertEquals(canonical, parsed(raw).text());
    }

    /** Text already canonical is taken as it is; anything a step away from it must still be made canonical. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            s/2014/660              | S/2014/660
            S/2014/660/add.1        | S/2014/660/Add.1
            S/2014/660/CORR.1       | S/2014/660/Corr.1
            A/68/summary            | A/68/Summary
            A/RES/1514  (XV)        | A/RES/1514 (XV)
            S/RES/2164(2014)        | S/RES/2164 (2014)
            S/2014/660 *            | S/2014/660
            """)
    void makesNearlyCanonicalTextCanonical(String raw, String canonical) {
        assertEquals(canonical, parsed(raw).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A/RES/1514 (xv)", "S/RES/2164 (2014)x", "S/2014/660/", "S//660", "S/2014/6..0"})
    void rejectsTextThatOnlyLooksCanonical(String raw) {
        assertTrue(Symbol.parse(raw).symbol().isEmpty(), raw);
    }

    @Test
    void dropsTheReissueMark() {
        assertEquals(Symbol.of("S/2014/105"), Symbol.of("S/2014/105*"));
        assertFalse(Symbol.of("S/2014/105*").text().contains("*"));
    }

    @Test
    void resolutionWithAndWithoutSpaceBeforeTheYearAreEqual() {
        Symbol spaced = Symbol.of("S/RES/2164 (2014)");
        Symbol tight = Symbol.of("S/RES/2164(2014)");
        assertEquals(spaced, tight);
        assertEquals(spaced.hashCode(), tight.hashCode());
        assertEquals(0, spaced.compareTo(tight));
    }

    @Test
    void normalisesCaseOfOrganAndSuffixesAndSurroundingSpace() {
        assertEquals("S/2014/2/Rev.3", Symbol.of("  s/2014/2/rev.3 ").text());
        assertEquals("A/68/789/Corr.1", Symbol.of("A/68/789/CORR.1").text());
    }

    @Test
    void acceptsGeneralAssemblyResolutionsNumberedBySession() {
        Symbol s = Symbol.of("A/RES/1514 (XV)");
        assertEquals("A/RES/1514 (XV)", s.text());
        assertEquals(s, Symbol.of("A/RES/1514(XV)"));
        assertEquals("A/RES/1514(XV)", s.urlPath());
    }

    @ParameterizedTest(name = "{0} is issued by {1}")
    @CsvSource(delimiter = '|', textBlock = """
            S/2014/660        | SECURITY_COUNCIL
            S/RES/2164 (2014) | SECURITY_COUNCIL
            S/PV.7259         | SECURITY_COUNCIL
            A/RES/68/262      | GENERAL_ASSEMBLY
            A/ES-11/L.1/Add.1 | GENERAL_ASSEMBLY
            E/CN.6/2014/15    | ECONOMIC_AND_SOCIAL_COUNCIL
            ST/SGB/2014/1     | SECRETARIAT
            CEDAW/C/1         | OTHER
            """)
    void knowsItsOrganFromTheFirstSegment(String symbol, Organ organ) {
        assertEquals(organ, Symbol.of(symbol).organ());
    }

    @ParameterizedTest(name = "{0} belongs to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            S/2014/2/Rev.3        | S/2014/2
            S/2014/660/Corr.1     | S/2014/660
            A/ES-11/L.1/Add.1     | A/ES-11/L.1
            A/68/789/Amend.2      | A/68/789
            S/2014/2/Rev.3/Add.1  | S/2014/2
            """)
    void revisionsCorrigendaAddendaAndAmendmentsBelongToTheirBase(String member, String base) {
        Symbol s = Symbol.of(member);
        assertEquals(Symbol.of(base), s.familyBase());
        assertTrue(s.isFamilyMember());
    }

    @ParameterizedTest
    @ValueSource(strings = {"S/2014/2", "S/2014/660", "S/RES/2164 (2014)", "A/RES/ES-11/1", "S/PV.7259", "E/CN.6/2014/15"})
    void aBaseDocumentIsItsOwnFamily(String symbol) {
        Symbol s = Symbol.of(symbol);
        assertSame(s, s.familyBase());
        assertFalse(s.isFamilyMember());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            S/2014/660        | S/2014/660
            S/RES/2164 (2014) | S/RES/2164(2014)
            A/ES-11/L.1/Add.1 | A/ES-11/L.1/Add.1
            S/2014/105*       | S/2014/105
            """)
    void urlPathHasNoSpaces(String symbol, String path) {
        Symbol s = Symbol.of(symbol);
        assertEquals(path, s.urlPath());
        assertEquals("https://undocs.org/" + path, s.undocsUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"S/2014/660", "S/RES/2164 (2014)", "A/ES-11/L.1/Add.1", "E/CN.6/2014/15",
            "S/PV.7259", "A/RES/1514 (XV)"})
    void urlPathStaysInsideTheOutputFolder(String symbol) {
        String path = Symbol.of(symbol).urlPath();
        assertFalse(path.startsWith("/"));
        assertFalse(path.contains(".."));
        assertFalse(path.contains("\\"));
        assertFalse(path.contains("//"));
        assertTrue(path.matches("[A-Za-z0-9./()\\-]+"), path);
    }

    @ParameterizedTest(name = "rejects [{0}]")
    @ValueSource(strings = {"../", "S/../../etc", "S/..", "S//1", "/S/1", "S/1/", "", "   ", "S/2014\\660",
            "S/2014/%2e%2e", "S/ /1", "S/\t/1", "S", "2014/660", "S/2014/660?x", "S/2014/<b>", "S/2014/6 60/..",
            "S/2014/.hidden", "S/2014/a:b"})
    void rejectsWhatIsNotASymbolAndSaysWhy(String raw) {
        Symbol.Result r = Symbol.parse(raw);
        assertTrue(r.symbol().isEmpty(), () -> "'" + raw + "' should be rejected but parsed as " + r.symbol().get());
        assertNotNull(r.error(), "a rejection explains itself");
        assertFalse(r.error().isBlank(), "a rejection explains itself");
        assertTrue(r.error().length() > 10, () -> "too terse: " + r.error());
    }

    @Test
    void rejectionsNameTheOffendingPart() {
        assertTrue(Symbol.parse("S/../../etc").error().contains(".."), Symbol.parse("S/../../etc").error());
        assertTrue(Symbol.parse("S/2014\\660").error().contains("2014\\660"), Symbol.parse("S/2014\\660").error());
        assertTrue(Symbol.parse("S/2014/%2e%2e").error().contains("%2e%2e"));
        assertTrue(Symbol.parse("/S/1").error().contains("'/'"));
        assertTrue(Symbol.parse("").error().contains("empty"));
    }

    @Test
    void symbolOfThrowsWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Symbol.of("S/../../etc"));
        assertEquals(Symbol.parse("S/../../etc").error(), e.getMessage());
    }

    @Test
    void comparesNumbersNaturally() {
        assertTrue(Symbol.of("S/2014/9").compareTo(Symbol.of("S/2014/10")) < 0);
        assertTrue(Symbol.of("S/2014/2").compareTo(Symbol.of("S/2014/2/Rev.3")) < 0);
        assertNotEquals(Symbol.of("S/2014/2"), Symbol.of("S/2014/2/Rev.3"));
    }
}
