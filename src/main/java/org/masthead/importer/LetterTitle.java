package org.masthead.importer;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sender, addressee and date of a letter or note verbale, read from its title and nowhere else. */
record LetterTitle(String from, String to, LocalDate date) {

    private static final Pattern LETTER = Pattern.compile(
            "(?:Identical )?(?:[Ll]etters?|[Nn]ote verbale|[Nn]otes verbales) dated (" + Dates.DATE + ")"
                    + "(?: from (?:the )?(.+?))?(?: addressed to (?:the )?(.+?))?");

    static Optional<LetterTitle> parse(String title) {
        if (title == null) {
            return Optional.empty();
        }
        Matcher m = LETTER.matcher(title.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new LetterTitle(m.group(2), m.group(3), Dates.parse(m.group(1)).orElse(null)));
    }
}
