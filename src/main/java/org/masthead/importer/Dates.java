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
    private static final Pattern ONE = Pattern.compile("(\\d{1,2})\\s+([A-Za-z][A-Za-z\\]\\[|!]{2,8})\\s+(\\d{4})");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Dates() {
    }

    /**
     * The date, or empty when the text is not a real date. A month name with one letter turned
     * into a bracket or bar by OCR ({@code 3 Apri] 1991}) is read when it can be only one month.
     */
    static Optional<LocalDate> parse(String text) {
        // A stray full stop or comma from OCR ("15 August. 1991") is not part of a date.
        Matcher m = ONE.matcher(text.strip().replaceAll("(?<=\\p{L})[.,](?=\\s)", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        String month = month(m.group(2));
        try {
            return Optional.of(LocalDate.parse(m.group(1) + " " + month + " " + m.group(3), FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The month's name as printed, capitalised; one OCR slip mended against the only month it fits. */
    private static String month(String printed) {
        String m = printed.substring(0, 1).toUpperCase(Locale.ROOT) + printed.substring(1).toLowerCase(Locale.ROOT);
        if (m.chars().allMatch(Character::isLetter)) {
            return m;
        }
        String fit = m;
        int fits = 0;
        for (String name : MONTHS) {
            if (name.length() == m.length() && differsOnlyAtNonLetters(name, m)) {
                fit = name;
                fits++;
            }
        }
        return fits == 1 ? fit : m;
    }

    private static boolean differsOnlyAtNonLetters(String name, String printed) {
        int slips = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = printed.charAt(i);
            if (c != name.charAt(i)) {
                if (Character.isLetter(c) || ++slips > 1) {
                    return false;
                }
            }
        }
        return true;
    }
}
