package org.masthead.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.masthead.diag.Diagnostics;
import org.masthead.model.Distribution;
import org.masthead.model.Symbol;

/**
 * Reads the masthead at the top of the first page: both the current layout ({@code S/2014/103},
 * {@code United Nations}, {@code Distr.: General}, date, {@code Original: English}) and the
 * pre-2000 one ({@code UNITED}/{@code NATIONS}, {@code Distr.}/{@code GENERAL},
 * {@code ORIGINAL:}/{@code ENGLISH}), in whatever order pdftotext left the lines. Compiled
 * resolutions without a masthead ({@code Resolution 660 (1990)} / {@code of 2 August 1990}) are
 * read by their heading.
 */
final class MastheadParser {

    /** {@code Resolution 660 (1990)}, {@code Resolution 477 (1980) of 30 July 1980}, {@code 5 (1946). Resolution of 8 May 1946}. */
    private static final Pattern RES_HEADING = Pattern.compile(
            "(?i)(?:Resolution\\s+(\\d{1,4})\\s*\\((\\d{3}-?\\d)\\)|(\\d{1,4})\\s*\\((\\d{3}-?\\d)\\)\\.?\\s*Resolution)"
                    + "(?:\\s+of\\s+(.+?))?\\.?");
    private static final Pattern ADOPTED_ON = Pattern.compile(
            "Adopted by the Security Council at its \\d+\\w* meeting,?\\s*(?:on\\s+(.*))?");
    private static final Pattern OF_DATE = Pattern.compile("of\\s+(.+?)\\.?");

    private final Path file;
    private final Diagnostics diagnostics;

    MastheadParser(Path file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    Optional<Masthead> parse(List<Line> lines) {
        Optional<Masthead> printed = printed(lines);
        return printed.isPresent() ? printed : compiledResolution(lines);
    }

    private Optional<Masthead> printed(List<Line> lines) {
        return PrintedMasthead.read(file, diagnostics, lines);
    }

    /** Resolutions from the annual compilations: no masthead, a heading with number, year and date. */
    private Optional<Masthead> compiledResolution(List<Line> lines) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < 6; i++) {
            String s = lines.get(i).text().strip();
            if (s.isEmpty()) {
                continue;
            }
            seen++;
            Matcher m = RES_HEADING.matcher(s);
            if (!m.matches()) {
                continue;
            }
            String number = m.group(1) != null ? m.group(1) : m.group(3);
            String year = m.group(2) != null ? m.group(2) : m.group(4);
            if (year.contains("-")) {
                // An OCR slip inside the year ("197-4"): the four digits are all there.
                diagnostics.warning(file, lines.get(i).number(), "read the year '" + year + "' as " + year.replace("-", ""), null);
                year = year.replace("-", "");
            }
            Symbol symbol = Symbol.of("S/RES/" + Integer.parseInt(number) + " (" + year + ")");
            String dateText = m.group(5);
            int dateLine = lines.get(i).number();
            int next = i + 1;
            if (dateText == null) {
                int j = i + 1;
                while (j < lines.size() && lines.get(j).blank()) {
                    j++;
                }
                Matcher of = j < lines.size() ? OF_DATE.matcher(lines.get(j).text().strip()) : null;
                if (of != null && of.matches()) {
                    dateText = of.group(1);
                    dateLine = lines.get(j).number();
                    next = j + 1;
                } else if (j < lines.size()) {
                    // "Adopted by the Security Council at its 3087th meeting," / "on 29 June 1992": stays in the body.
                    String two = lines.get(j).text().strip() + (j + 1 < lines.size() ? " " + lines.get(j + 1).text().strip() : "");
                    Matcher on = ADOPTED_ON.matcher(two);
                    if (on.lookingAt() && on.group(1) != null) {
                        dateText = on.group(1).strip();
                        if (dateText.matches(".*\\d{4}.*")) {
                            dateText = dateText.replaceAll("(\\d{4}).*", "$1");
                        }
                        dateLine = lines.get(j).number();
                    }
                }
            }
            LocalDate date = null;
            if (dateText == null) {
                diagnostics.warning(file, lines.get(i).number(), "no adoption date under the resolution's heading", null);
            } else {
                // A footnote call may follow the date ("of 30 May 1992 54").
                dateText = dateText.replaceFirst("(\\d{4})\\s+\\d{1,3}$", "$1");
                date = Dates.parse(dateText).orElse(null);
                if (date == null) {
                    diagnostics.warning(file, dateLine, "cannot read the adoption date '" + dateText + "'",
                            "write date: and adopted: as YYYY-MM-DD");
                }
            }
            // Lines above the heading (a subject heading of the compilation) stay in the body.
            List<Integer> skip = new ArrayList<>();
            for (int k = i; k < next; k++) {
                skip.add(k);
            }
            // Security Council resolutions are issued for general distribution; the compilations do not reprint it.
            return Optional.of(new Masthead(symbol, lines.get(i).number(), List.of(), false, Distribution.GENERAL,
                    date, dateLine, null, null, List.of(), "Resolution " + Integer.parseInt(number) + " (" + year + ")",
                    lines.get(i).number(), date, 0, skip, true));
        }
        return Optional.empty();
    }

    /** {@code ENGLISH} -> {@code English}; {@code English/French} kept as printed. */
    static String language(String text) {
        String s = text.strip().replaceAll("[\\]\\s]+$", "");
        StringBuilder out = new StringBuilder();
        for (String w : s.split("(?<=[/ ,])|(?=[/ ,])")) {
            if (w.length() > 1 && w.chars().allMatch(Character::isUpperCase)) {
                out.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
            } else {
                out.append(w);
            }
        }
        return out.toString();
    }
}
