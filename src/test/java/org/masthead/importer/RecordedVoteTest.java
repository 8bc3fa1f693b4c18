package org.masthead.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.masthead.diag.Diagnostic;
import org.masthead.diag.Diagnostics;

/**
 * Recorded votes of the General Assembly. The corpora hold none (the A/RES documents do not
 * print the vote; the Security Council compilations name abstaining members in brackets on the
 * adoption line), so the inputs here are written by hand in the published shapes: the A/RES layout
 * of A/RES/68/262 (masthead, adoption line, number line, plenary meeting) with, under it, the
 * vote as the General Assembly's compilations print it: the adoption sentence "by a recorded vote
 * of N to N, with N abstentions" and a note with the lists "In favour: ... Against: ...
 * Abstaining: ...". The resolution, its number and the lists are invented (A/RES/99/999), short
 * enough to count by eye; the country names are spelled as the UN spells them, brackets and all.
 */
class RecordedVoteTest {

    private static final String HEAD = """
            United Nations

            A/RES/99/999

            General Assembly

            Distr.: General
            4 April 2014

            Sixty-eighth session
            Agenda item 33 (b)
            Prevention of armed conflict

            Resolution adopted by the General Assembly on 27 March 2014
            [without reference to a Main Committee (A/68/L.99 and Add.1)]

            99/999. Cooperation on a hypothetical question
            The General Assembly,
            Recalling its resolution 68/262 of 27 March 2014,
            1.
            Calls upon all States to cooperate;

            80th plenary meeting
            27 March 2014

            """;

    /** The lists in one note, as the compilations print them under the adoption sentence. */
    private static final String IN_A_NOTE = HEAD + """
            Adopted by a recorded vote of 6 to 2, with 3 abstentions:*

            * In favour: Albania, Bolivia (Plurinational State of), Côte d’Ivoire, Iran (Islamic Republic of),
            Micronesia (Federated States of), United Kingdom of Great Britain and Northern Ireland.
            Against: Democratic People’s Republic of Korea, Venezuela (Bolivarian Republic of).
            Abstaining: Algeria, Saint Vincent and the Grenadines, United Republic of Tanzania.

            14-99999 (E)

            *1499999*
            """;

    /** The lists as paragraphs of their own, nobody against, and a count the lists do not bear out. */
    private static final String IN_THE_TEXT = HEAD + """
            Adopted by a recorded vote of 4 to none, with 2 abstentions.
            In favour:
            Andorra, Bahamas, Chile, Denmark
            Abstaining:
            Egypt

            14-99998 (E)

            *1499998*
            """;

    @Test
    void keepsTheCountsInTheFrontMatterAndTheListsInTheText() {
        Diagnostics d = new Diagnostics();
        ImportedDocument doc = new Importer().importText(Path.of("A_RES_99_999.txt"), IN_A_NOTE, d).orElseThrow();
        assertEquals("recorded: 6 in favour, 2 against, 3 abstaining", doc.metadata().vote());
        assertTrue(doc.markdown().contains("\nvote: \"recorded: 6 in favour, 2 against, 3 abstaining\"\n"), doc.markdown());
        assertTrue(doc.markdown().contains("Against: Democratic People’s Republic of Korea, Venezuela (Bolivarian Republic of)."),
                doc.markdown());
        assertEquals(List.of(), d.sorted().stream().filter(x -> x.message().contains("recorded vote")).toList());

        RecordedVote vote = RecordedVote.read(doc.markdown()).orElseThrow();
        assertEquals(List.of("Albania", "Bolivia (Plurinational State of)", "Côte d’Ivoire", "Iran (Islamic Republic of)",
                "Micronesia (Federated States of)", "United Kingdom of Great Britain and Northern Ireland"), vote.inFavour());
        assertEquals(List.of("Democratic People’s Republic of Korea", "Venezuela (Bolivarian Republic of)"), vote.against());
        assertEquals(List.of("Algeria", "Saint Vincent and the Grenadines", "United Republic of Tanzania"), vote.abstaining());
    }

    @Test
    void listsOnTheirOwnLinesAndACountThatDisagreesIsReported() {
        Diagnostics d = new Diagnostics();
        ImportedDocument doc = new Importer().importText(Path.of("A_RES_99_999.txt"), IN_THE_TEXT, d).orElseThrow();
        assertEquals("recorded: 4 in favour, 0 against, 1 abstaining", doc.metadata().vote());
        List<Diagnostic> warnings = d.sorted().stream().filter(x -> x.message().contains("recorded vote")).toList();
        assertEquals(1, warnings.size(), d.sorted().toString());
        assertTrue(warnings.get(0).message().contains("2 abstentions"), warnings.get(0).message());
        assertTrue(doc.markdown().contains("Andorra, Bahamas, Chile, Denmark"), doc.markdown());
    }

    @Test
    void aListBrokenAfterACommaGoesOnAndNoneIsNoCountry() {
        RecordedVote v = RecordedVote.read("In favour: Andorra, Bahamas,\n\nChile.\n\nAgainst: None.\n\nAbstaining: Egypt."
                + "\n\nThe General Assembly, Against: this is later text.").orElseThrow();
        assertEquals(List.of("Andorra", "Bahamas", "Chile"), v.inFavour());
        assertEquals(List.of(), v.against());
        assertEquals(List.of("Egypt"), v.abstaining());
    }

    @Test
    void noListsNoRecordedVote() {
        assertEquals(Optional.empty(), RecordedVote.read("Adopted at the 2932nd meeting by 14 votes to none."));
        assertFalse(new Importer().importText(Path.of("A_RES_99_999.txt"), HEAD, new Diagnostics()).orElseThrow()
                .markdown().contains("vote:"));
    }
}
