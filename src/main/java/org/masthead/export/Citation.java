package org.masthead.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.masthead.model.Document;
import org.masthead.model.DocumentType;
import org.masthead.model.Language;

/**
 * What a citation of one language version holds, and its text in the form UN documents cite
 * one another: a masthead document by title, symbol and date; a resolution or decision by its
 * organ and number ("Security Council resolution 2164 (2014)"), the title only where it has one.
 *
 * @param name     how running text names the document: "General Assembly resolution 68/262",
 *                 or for any other document its title
 * @param title    the title as printed; empty for a resolution whose heading only repeats its number
 * @param author   the issuing organ, the document's corporate author
 * @param date     the date of issue (Distr.)
 * @param adopted  the date a resolution or decision was adopted, when known
 * @param url      the absolute address of the version's page in this archive
 */
public record Citation(String symbol, String name, Optional<String> title, String author, DocumentType type,
                       LocalDate date, Optional<LocalDate> adopted, Language language, String url) {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    /** The number after {@code RES/} or {@code DEC/}: {@code 2164 (2014)}, {@code 68/262}, {@code ES-11/1}. */
    private static final Pattern NUMBERED = Pattern.compile("^[A-Z]+(?:/[^/]+)*?/(RES|DEC)/(.+)$");
    /** A heading that only repeats the number ("Resolution 2164 (2014)"). */
    private static final Pattern BARE_TITLE = Pattern.compile("(?i)^(resolution|decision)\\s+[0-9IVX].*");
    /** A Security Council number carries its year: "2164 (2014)". */
    private static final Pattern WITH_YEAR = Pattern.compile(".*\\(\\d{4}\\)$");

    public static Citation of(Document d, String url) {
        Optional<String> numbered = numbered(d);
        Optional<String> title = numbered.isPresent() && BARE_TITLE.matcher(d.title().strip()).matches()
                ? Optional.empty() : Optional.of(d.title());
        return new Citation(d.symbol().text(), numbered.orElse(d.title()), title, d.organ(), d.type(), d.date(),
                Optional.ofNullable(d.adopted()), d.language(), url);
    }

    /** "Security Council resolution 2164 (2014)", "General Assembly decision 68/505". */
    private static Optional<String> numbered(Document d) {
        Matcher m = NUMBERED.matcher(d.symbol().text());
        if (!m.matches() || d.type() != DocumentType.RESOLUTION && d.type() != DocumentType.DECISION) {
            return Optional.empty();
        }
        String kind = m.group(1).equals("RES") ? "resolution" : "decision";
        return Optional.of(d.organ() + " " + kind + " " + m.group(2));
    }

    /** Whether the document is named by organ and number rather than by its title. */
    public boolean numbered() {
        return title.isEmpty() || !name.equals(title.get());
    }

    /** The title reference managers show: the printed one, or the name for a resolution without one. */
    public String displayTitle() {
        return title.orElse(name);
    }

    /** The date a citation gives: adoption for a resolution or decision, issue otherwise. */
    public LocalDate citedDate() {
        return numbered() ? adopted.orElse(date) : date;
    }

    /**
     * The citation as a reader writes it: "Security Council resolution 2164 (2014)" (the number
     * holds the year); "General Assembly resolution 68/262 of 27 March 2014, “Territorial
     * integrity of Ukraine”"; "Letter dated ... (S/2014/660), 12 September 2014".
     */
    public String text() {
        if (!numbered()) {
            return name + " (" + symbol + "), " + printed(date);
        }
        StringBuilder sb = new StringBuilder(name);
        if (!WITH_YEAR.matcher(name).matches()) {
            sb.append(" of ").append(printed(citedDate()));
        }
        title.ifPresent(t -> sb.append(", \u201c").append(t).append('\u201d'));
        return sb.toString();
    }

    /** "12 September 2014": the formatter's pattern by hand for the years of UN documents, as it cost more than the rest of the text. */
    private static String printed(LocalDate d) {
        if (d.getYear() < 1000 || d.getYear() > 9999) {
            return PRINTED.format(d);
        }
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }
}
