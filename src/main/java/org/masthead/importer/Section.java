package org.masthead.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.masthead.model.Annex;
import org.masthead.model.Signatory;

/** The main text or one annex or enclosure, gathered while the body is written. */
final class Section {
    final String heading;
    String title;
    String original;
    final List<Signatory> signatories = new ArrayList<>();

    Section(String heading) {
        this.heading = heading;
    }

    Annex toAnnex() {
        LetterTitle letter = LetterTitle.parse(title).orElse(null);
        String from = letter == null ? null : letter.from();
        String to = letter == null ? null : letter.to();
        LocalDate date = letter == null ? null : letter.date();
        return new Annex(title, from, to, date, original, signatories);
    }
}
