package org.masthead.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.model.Symbol;

class ReferenceFinderTest {

    private final ReferenceFinder finder = new ReferenceFinder();

    private List<String> symbols(String text) {
        return finder.find(text).stream().map(r -> r.symbol().text()).toList();
    }

    /** The source text each reference covers: what the flexmark extension turns into a link. */
    private List<String> spans(String text) {
        return finder.find(text).stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    @Test
    void findsBareSymbols() {
        assertEquals(List.of("S/2014/229"), symbols("See the report S/2014/229 on Mali"));
        assertEquals(List.of("S/PRST/2014/2"), symbols("the statement S/PRST/2014/2 of 23 January"));
        assertEquals(List.of("S/2014/2/Rev.3", "A/ES-11/L.1/Add.1", "E/CN.6/2014/15", "ST/SGB/2014/1"),
                symbols("S/2014/2/Rev.3, A/ES-11/L.1/Add.1, E/CN.6/2014/15 and ST/SGB/2014/1"));
    }

    @Test
    void findsBareSymbolInParenthesesWithoutTheParentheses() {
        String text = "my previous report (S/2013/680).";
        assertEquals(List.of("S/2013/680"), symbols(text));
        assertEquals(List.of("S/2013/680"), spans(text));
    }

    @Test
    void leavesSentenceFinalDotOutOfTheSymbol() {
        String text = "Mali has progressed further, see S/2014/229. The next";
        assertEquals(List.of("S/2014/229"), symbols(text));
        assertEquals(List.of("S/2014/229"), spans(text));
    }

    @Test
    void keepsSuffixDotsInsideTheSymbol() {
        assertEquals(List.of("S/2014/2/Rev.3"), symbols("as revised in S/2014/2/Rev.3."));
    }

    @Test
    void dropsTheReissueMarkOfABareSymbol() {
        assertEquals(List.of("S/2014/105"), symbols("S/2014/105*"));
    }

    @Test
    void resolvesResolutionWithYearSuffix() {
        String text = "pursuant to resolution 2164 (2014).";
        assertEquals(List.of("S/RES/2164 (2014)"), symbols(text));
        assertEquals(List.of("resolution 2164 (2014)"), spans(text));
    }

    @Test
    void resolvesSecurityCouncilResolutionNamedWithItsOrgan() {
        assertEquals(List.of("S/RES/2100 (2013)"), symbols("pursuant to Security Council resolution 2100 (2013), by which"));
    }

    @Test
    void resolvesEveryResolutionOfAList() {
        assertEquals(List.of("S/RES/1267 (1999)", "S/RES/1989 (2011)", "S/RES/2253 (2015)"),
                symbols("pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015) concerning"));
    }

    @Test
    void resolvesListWhoseItemsCarryTheirAdoptionDates() {
        String text = """
                Recalling its resolutions 660 (1990) of 2 August 1990, 661 (1990) of 6 August 1990,
                662 (1990) of 9 August 1990, 664 (1990) of 18 August 1990, 665
                (1990) of 25 August 1990 and 677 (1990) of 28 November 1990,""";
        assertEquals(List.of("S/RES/660 (1990)", "S/RES/661 (1990)", "S/RES/662 (1990)", "S/RES/664 (1990)",
                "S/RES/665 (1990)", "S/RES/677 (1990)"), symbols(text));
    }

    @Test
    void resolvesGeneralAssemblyResolution() {
        String text = "General Assembly resolution 64/288 of 30 June 2010";
        assertEquals(List.of("A/RES/64/288"), symbols(text));
        assertEquals(List.of("General Assembly resolution 64/288"), spans(text), "the whole reference is the link");
    }

    @Test
    void resolvesDecisionsNumberedBySession() {
        assertEquals(List.of("A/DEC/68/505"), symbols("General Assembly decision 68/505 of 20 December 2013"));
        assertEquals(List.of("A/DEC/67/552", "A/DEC/68/547"), symbols("recalling its decisions 67/552 and 68/547,"));
        assertEquals(List.of("A/HRC/DEC/25/115"), symbols("Human Rights Council decision 25/115"));
        assertEquals(List.of(), symbols("Security Council decision 12/3, the decision 2014 and decision 1/3"));
    }

    @Test
    void resolvesGeneralAssemblyResolutionOfAnEmergencySession() {
        assertEquals(List.of("A/RES/ES-11/1"), symbols("General Assembly resolution ES-11/1 of 2 March 2022"));
    }

    @Test
    void resolvesGeneralAssemblyResolutionNumberedBySession() {
        assertEquals(List.of("A/RES/1514 (XV)"), symbols("General Assembly resolution 1514 (XV) of 14 December 1960"));
        assertEquals(List.of("A/RES/2625 (XXV)"), symbols("Recalling also its resolution 2625 (XXV) of 24 October 1970"));
        assertEquals(List.of("A/RES/1474 (ES-IV)", "A/RES/1592 (XV)"), symbols("resolutions 1474 (ES-IV), 1592 (XV)"));
    }

    @Test
    void resolvesResolutionAdoptedInParts() {
        assertEquals(List.of("A/RES/377 (V)"), symbols("General Assembly resolution 377 A (V) of 3 November 1950"));
    }

    @Test
    void resolvesHumanRightsCouncilResolution() {
        assertEquals(List.of("A/HRC/RES/25/1"), symbols("Human Rights Council resolution 25/1 of 27 March 2014"));
    }

    /** The body's name is matched backwards by hand: line breaks, the start of a word, how far back it is read. */
    @Test
    void namesTheBodyWrittenBeforeTheKeywordAcrossLineBreaks() {
        assertEquals(List.of("E/RES/11/3"), symbols("the Economic and Social\r\nCouncil resolution 11/3"));
        assertEquals(List.of("A/HRC/RES/7/1"), symbols("Human Rights Council\n\nresolution 7/1"));
        assertEquals(List.of("A/RES/7/1"), symbols("Human Rights Council\n\n\nresolution 7/1"),
                "two blank lines part the name from the keyword");
        assertEquals(List.of("A/RES/7/1"), symbols("SubHuman Rights Council resolution 7/1"),
                "a name starts a word");
        assertEquals(List.of("S/RES/7/1"), symbols("(Security Council resolution 7/1)"));
        assertEquals(List.of("A/RES/7/1"), symbols("Security Council " + "x".repeat(40) + " resolution 7/1"),
                "a name further back than the longest name is not read");
    }

    @Test
    void resolvesResolutionBrokenAcrossALine() {
        String text = "in accordance with resolution 1645\n(2005), the Commission";
        assertEquals(List.of("S/RES/1645 (2005)"), symbols(text));
        assertEquals(List.of("resolution 1645\n(2005)"), spans(text));
    }

    @Test
    void resolvesListItemBrokenAcrossALine() {
        assertEquals(List.of("S/RES/664 (1990)", "S/RES/665 (1990)", "S/RES/666 (1990)"),
                symbols("resolutions 664 (1990) of 18 August 1990, 665\n(1990) of 25 August 1990 and 666 (1990)"));
    }

    @Test
    void resolvesKeywordBrokenAcrossALine() {
        assertEquals(List.of("S/RES/2107 (2013)"), symbols("obligations under Security Council resolution\n2107 (2013) and"));
    }

    @Test
    void splitsJointSymbolWrittenWithEnDash() {
        String text = "A/68/789\u2013S/2014/163";
        assertEquals(List.of("A/68/789", "S/2014/163"), symbols(text));
        assertEquals(List.of("A/68/789", "S/2014/163"), spans(text));
    }

    @Test
    void splitsJointSymbolWrittenWithHyphen() {
        String text = "my report of 5 March 2013 (A/67/778-S/2013/133), in line with";
        assertEquals(List.of("A/67/778", "S/2013/133"), symbols(text));
        assertEquals(List.of("A/67/778", "S/2013/133"), spans(text));
    }

    @Test
    void splitsJointSymbolWhoseDashWasLostInExtraction() {
        assertEquals(List.of("A/68/645", "S/2013/721"), symbols("of 6 December 2013 (A/68/645S/2013/721). It"));
    }

    @Test
    void resolvesAddendumNamedAfterItsBase() {
        String text = "[without reference to a Main Committee (A/68/L.39 and Add.1)]";
        assertEquals(List.of("A/68/L.39", "A/68/L.39/Add.1"), symbols(text));
        assertEquals(List.of("A/68/L.39", "Add.1"), spans(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Kuwaiti property any items that had been found and/or any relevant information.",
            "The hotline is staffed 24/7 by volunteers.",
            "On 2/4 the mission returned; 1/2 of the staff stayed.",
            "An A/B comparison of the two drafts, and S/he said so.",
            "the Mission's mandate, in paragraphs 4 and 5, by 115 votes to 11.",
            "The resolution was adopted by 12 votes to 2 (Cuba and Yemen).",
            "The present resolution (see annex) enters into force on 1 January.",
            "https://example.org/a/2014/660 is a web page",
            "See chapter IV (2014) of the handbook and page 12 (2013 edition).",
    })
    void findsNothingInOrdinaryProse(String text) {
        assertEquals(List.of(), symbols(text), text);
    }

    @Test
    void reportsPositionsInTheText() {
        String text = "Recalling resolution 2164 (2014) and S/2014/660.";
        List<Reference> refs = finder.find(text);
        assertEquals(2, refs.size());
        assertEquals("resolution 2164 (2014)", text.substring(refs.get(0).start(), refs.get(0).end()));
        assertEquals("S/2014/660", text.substring(refs.get(1).start(), refs.get(1).end()));
        assertTrue(refs.get(0).end() <= refs.get(1).start(), "references do not overlap");
    }

    /**
     * Recall on the real texts: every reference listed by hand in {@code references/expected.tsv}
     * is found in its file. Prints what the finder finds in each file.
     */
    @Test
    void findsEveryHandListedReferenceInTheCorpus() throws IOException {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/references/expected.tsv")) {
            if (in == null) {
                fail("references/expected.tsv is missing from the test resources");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                    continue;
                }
                String[] cols = line.split("\t");
                assertEquals(2, cols.length, "file<TAB>symbol: " + line);
                expected.computeIfAbsent(cols[0], k -> new LinkedHashSet<>()).add(Symbol.of(cols[1]).text());
            }
        }
        assertTrue(expected.size() >= 10, "at least 10 texts are listed, got " + expected.size());

        Path corpus = Path.of("src/test/resources/corpus");
        List<String> missed = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
            String text = Files.readString(corpus.resolve(e.getKey()), StandardCharsets.UTF_8);
            Set<String> found = new LinkedHashSet<>(symbols(text));
            System.out.println(e.getKey() + ": " + String.join(", ", found));
            for (String s : e.getValue()) {
                total++;
                if (!found.contains(s)) {
                    missed.add(e.getKey() + ": " + s);
                }
            }
        }
        System.out.printf("reference recall on %d hand-listed references in %d texts: %d missed%n",
                total, expected.size(), missed.size());
        assertEquals(List.of(), missed, "references the finder missed");
    }

    /** The finder never yields a symbol that runs two symbols together. */
    @Test
    void yieldsNoRunTogetherSymbolsInTheCorpus() throws IOException {
        Path corpus = Path.of("src/test/resources/corpus");
        List<String> bad = new ArrayList<>();
        try (var files = Files.walk(corpus)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String s : symbols(Files.readString(p, StandardCharsets.UTF_8))) {
                    if (s.matches(".*\\d(S|A|E|ST)/.*")) {
                        bad.add(corpus.relativize(p) + ": " + s);
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
    }
}
