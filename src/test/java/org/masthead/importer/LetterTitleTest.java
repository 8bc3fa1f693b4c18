package org.masthead.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Sender and addressees read from the forms of title the UN prints. */
class LetterTitleTest {

    @Test
    void readsSenderAndAddressee() {
        LetterTitle t = LetterTitle.parse("Letter dated 28 February 2014 from the Permanent Representative of Ukraine"
                + " to the United Nations addressed to the President of the Security Council").orElseThrow();
        assertEquals("Permanent Representative of Ukraine to the United Nations", t.from());
        assertEquals("President of the Security Council", t.to());
        assertEquals(LocalDate.of(2014, 2, 28), t.date());
    }

    @Test
    void readsABareToAsTheAddressee() {
        LetterTitle t = LetterTitle.parse("Letter dated 16 April 2014 from the Secretary-General to the President of"
                + " the Security Council").orElseThrow();
        assertEquals("Secretary-General", t.from());
        assertEquals("President of the Security Council", t.to());
    }

    @Test
    void identicalLettersKeepEveryAddressee() {
        LetterTitle t = LetterTitle.parse("Identical letters dated 13 March 2014 from the Permanent Representative of"
                + " Ukraine to the United Nations addressed to the Secretary-General and the President of the"
                + " Security Council").orElseThrow();
        assertEquals("Permanent Representative of Ukraine to the United Nations", t.from());
        assertEquals("Secretary-General and the President of the Security Council", t.to());
    }
}
