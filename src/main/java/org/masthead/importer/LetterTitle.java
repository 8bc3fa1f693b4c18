package org.masthead.importer;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sender, addressee and date of a letter or note verbale, read from its title and nowhere else. */
record LetterTitle(String from, String to, LocalDate date) {

    private static final String DATED = "(?:Identical )?(?:[Ll]etters?|[Nn]ote verbale|[Nn]otes verbales) dated ("
            + Dates.DATE + ")";
    private static final Pattern LETTER = Pattern.compile(
            DATED + "(?: from (?:the )?(.+?))?(?: addressed to (?:the )?(.+?))?");
    /**
     * Without "addressed to", a bare "to the" names the addressee ("from the Secretary-General to the
     * President of ..."), but never the sender's own "to the United Nations".
     */
    private static final Pattern BARE_TO = Pattern.compile(
            DATED + " from (?:the )?(.+?) to (?!(?:the )?United Nations\\b)(?:the )?(.+?)");

    static Optional<LetterTitle> parse(String title) {
        if (title == null) {
            return Optional.empty();
        }
        String t = title.strip();
        Matcher m = t.contains(" addressed to ") ? LETTER.matcher(t) : BARE_TO.matcher(t);
        if (!m.matches()) {
            m = LETTER.matcher(t);
        }
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new LetterTitle(m.group(2), m.group(3), Dates.parse(m.group(1)).orElse(null)));
    }
}
