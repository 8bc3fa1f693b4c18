package org.masthead.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** How dates are printed on pages: as on the masthead, {@code 12 September 2014}. */
final class Formats {
    private static final DateTimeFormatter MASTHEAD = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    /** A date of the model, which may be absent (null). */
    static Optional<String> date(LocalDate d) {
        return Optional.ofNullable(d).map(MASTHEAD::format);
    }
}
