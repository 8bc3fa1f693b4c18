package org.masthead.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the masthead prints: title, issue date, distribution, original language, session and
 * agenda, reissue and adoption dates. Absent optional values are null, as written.
 */
public record Imprint(String title, LocalDate date, Distribution distribution, String original, String session,
                      List<String> agenda, LocalDate reissued, LocalDate adopted) {
    public Imprint {
        agenda = List.copyOf(agenda);
    }
}
