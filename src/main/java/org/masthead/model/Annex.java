package org.masthead.model;

import java.time.LocalDate;
import java.util.List;

/** Front-matter metadata of one annex or enclosure; any field but the list may be null. */
public record Annex(String title, String from, String to, LocalDate date, String original,
                    List<Signatory> signatories) {
    public Annex {
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }
}
