package org.masthead.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as the UN prints them: {@code 14 February 2014}, also in capitals on old mastheads. */
final class Dates {

    static final String DATE = "\\d{1,2}\\s+[A-Za-z]+\\s+\\d{4}";
    private static final Pattern ONE = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]+)\\s+(\\d{4})");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Dates() {
    }

    /** The date, or empty when the text is not a real date (OCR errors such as {@code 3 Apri] 1991} included). */
    static Optional<LocalDate> parse(String text) {
        // A stray full stop or comma from OCR ("15 August. 1991") is not part of a date.
        Matcher m = ONE.matcher(text.strip().replaceAll("(?<=\\p{L})[.,](?=\\s)", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        String month = m.group(2).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(2).substring(1).toLowerCase(Locale.ROOT);
        try {
            return Optional.of(LocalDate.parse(m.group(1) + " " + month + " " + m.group(3), FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
