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

    private static final String SYMBOL = "[A-Z]{1,6}/[A-Za-z0-9./\\-\u2013]*[A-Za-z0-9](?: \\(\\d{4}\\))?\\*?";
    private static final Pattern SYMBOL_LINE = Pattern.compile("(?:United Nations\\s+)?(" + SYMBOL + ")");
    private static final Pattern ORGAN_LINE = Pattern.compile(
            "UNITED|NATIONS|UNITED NATIONS|United Nations|[SAE]|Security Council|General Assembly|Economic and Social Council"
                    + "|[A-Z][a-z]+(?:-[a-z]+)? year");
    private static final Pattern DISTR = Pattern.compile("(?i)\\bDistr\\.:?\\s*(General|Limited|Restricted)?\\s*(.*)");
    private static final Pattern DISTR_WORD = Pattern.compile("(?i)General|Limited|Restricted");
    private static final Pattern DATE_LINE = Pattern.compile(Dates.DATE);
    private static final Pattern ORIGINAL = Pattern.compile("(?i)Original:\\s*(.*)");
    private static final Pattern SESSION = Pattern.compile("[A-Z][a-z]+(?:-[a-z]+)? (?:special |emergency special )?session");
    /** "Agenda item 5", or the long form "Item 112 (c) of the provisional agenda*". */
    private static final Pattern AGENDA = Pattern.compile(
            "(?:Provisional a|A)genda items? .+|Items? \\d+.*? of the (?:provisional |preliminary )?(?:agenda|list)\\*?");
    /** The language of this version, printed above "Original:" on translations ("English" / "Original: French"). */
    private static final Pattern VERSION_LANGUAGE = Pattern.compile("(?i)Arabic|Chinese|English|French|Russian|Spanish");
    private static final Pattern GA_TITLE = Pattern.compile("(?:ES-)?\\d+/\\d+\\.\\s+(.+)");
    private static final Pattern GA_NUMBER = Pattern.compile("(?:ES-|S-)?\\d+/\\d+\\.");
    private static final Pattern GA_ADOPTED = Pattern.compile("Resolution adopted by the .+? on (" + Dates.DATE + ")");

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
        Symbol symbol = null;
        int symbolLine = 0;
        List<Symbol> also = new ArrayList<>();
        boolean star = false;
        Distribution distribution = null;
        boolean distrPending = false;
        LocalDate date = null;
        int dateLine = 0;
        String original = null;
        boolean originalPending = false;
        String session = null;
        List<String> agenda = new ArrayList<>();
        List<String> agendaTitle = new ArrayList<>();
        boolean inAgendaTitle = false;
        int i = 0;
        int seen = 0;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            String s = line.text().strip().replaceFirst("^#+\\s*", "");
            if (s.isEmpty()) {
                inAgendaTitle = false;
                withTitle(agenda, agendaTitle);
                continue;
            }
            if (Furniture.isFurniture(s)) {
                continue;
            }
            if (++seen > 40 && symbol == null) {
                return Optional.empty();
            }
            if (inAgendaTitle && !GA_ADOPTED.matcher(s).lookingAt()) {
                // The agenda item's own title, which may cite a symbol ("... (S/2014/136)").
                agendaTitle.add(s);
                continue;
            }
            inAgendaTitle = false;
            withTitle(agenda, agendaTitle);
            Matcher sym = SYMBOL_LINE.matcher(s);
            if (symbol == null && sym.matches()) {
                List<String> parts = List.of(sym.group(1).split("[\u2013\u2014-](?=[A-Z]{1,6}/)"));
                Symbol.Result first = Symbol.parse(parts.get(0));
                if (first.symbol().isEmpty()) {
                    diagnostics.error(file, line.number(), "cannot read the symbol: " + first.error(), null);
                    return Optional.empty();
                }
                symbol = first.symbol().get();
                symbolLine = line.number();
                star = sym.group(1).endsWith("*");
                for (String p : parts.subList(1, parts.size())) {
                    Symbol.parse(p).symbol().ifPresent(also::add);
                }
                continue;
            }
            if (symbol != null && sym.matches() && also.stream().anyMatch(a -> sym.group(1).startsWith(a.text()))) {
                continue;
            }
            Matcher d = DISTR.matcher(s);
            if (d.find()) {
                if (d.group(1) != null) {
                    distribution = Distribution.ofLabel(d.group(1)).orElse(null);
                } else {
                    distrPending = true;
                }
                String rest = d.group(2).strip();
                if (!rest.isEmpty() && DATE_LINE.matcher(rest).matches()) {
                    date = Dates.parse(rest).orElse(null);
                    dateLine = line.number();
                }
                continue;
            }
            if (distrPending && DISTR_WORD.matcher(s).matches()) {
                distribution = Distribution.ofLabel(s).orElse(null);
                distrPending = false;
                continue;
            }
            if (date == null && DATE_LINE.matcher(s).matches()) {
                date = Dates.parse(s).orElse(null);
                dateLine = line.number();
                if (date == null) {
                    diagnostics.warning(file, line.number(), "cannot read the date '" + s + "'", "write date: YYYY-MM-DD");
                }
                continue;
            }
            Matcher o = ORIGINAL.matcher(s);
            if (o.matches()) {
                if (o.group(1).isBlank()) {
                    originalPending = true;
                } else {
                    original = language(o.group(1));
                }
                continue;
            }
            if (originalPending && s.matches("[A-Za-z]+(?:/[A-Za-z]+)?")) {
                original = language(s);
                originalPending = false;
                continue;
            }
            if (ORGAN_LINE.matcher(s).matches() || !originalPending && VERSION_LANGUAGE.matcher(s).matches()) {
                continue;
            }
            if (SESSION.matcher(s).matches()) {
                session = s;
                continue;
            }
            if (AGENDA.matcher(s).matches()) {
                agenda.add(s.replaceFirst("\\s*\\*+$", ""));
                // The agenda item's own title follows, down to the next blank line.
                inAgendaTitle = true;
                continue;
            }
            break;
        }
        if (symbol == null || i >= lines.size()) {
            return Optional.empty();
        }
        List<Integer> skip = new ArrayList<>();
        String title;
        int titleLine;
        int bodyStart;
        LocalDate adopted = null;
        Matcher ga = GA_ADOPTED.matcher(lines.get(i).text().strip());
        if (ga.lookingAt()) {
            // A General Assembly resolution: its title is the numbered line below ("68/262. Territorial ...").
            adopted = Dates.parse(ga.group(1)).orElse(null);
            bodyStart = i;
            title = null;
            titleLine = lines.get(i).number();
            for (int j = i + 1; j < Math.min(lines.size(), i + 12); j++) {
                Matcher t = GA_TITLE.matcher(lines.get(j).text().strip());
                // "68/262. Territorial integrity of Ukraine", or the number alone on its line: "ES-11/1." / "Aggression against Ukraine".
                boolean numberAlone = GA_NUMBER.matcher(lines.get(j).text().strip()).matches();
                if (t.matches() || numberAlone) {
                    List<String> parts = new ArrayList<>(numberAlone ? List.of() : List.of(t.group(1)));
                    skip.add(j);
                    int k = j + 1;
                    while (k < lines.size() && !lines.get(k).blank()
                            && !lines.get(k).text().strip().matches("The General Assembly,?")) {
                        parts.add(lines.get(k).text().strip());
                        skip.add(k);
                        k++;
                    }
                    title = TitleReader.join(parts);
                    titleLine = lines.get(j).number();
                    break;
                }
            }
        } else {
            TitleReader.Title t = TitleReader.read(lines, i);
            title = t.text().isEmpty() ? null : t.text().replaceFirst("^RESOLUTION(?= \\d+ \\(\\d{4}\\)$)", "Resolution");
            titleLine = t.line();
            bodyStart = t.next();
        }
        return Optional.of(new Masthead(symbol, symbolLine, also, star, distribution, date, dateLine, original,
                session, agenda, title, titleLine, adopted, bodyStart, skip, false));
    }

    /** Ends an agenda item's title: "Agenda item 5" becomes "Agenda item 5: Letter dated ... (S/2014/136)". */
    private static void withTitle(List<String> agenda, List<String> title) {
        if (!title.isEmpty() && !agenda.isEmpty()) {
            agenda.set(agenda.size() - 1, agenda.get(agenda.size() - 1) + ": " + TitleReader.join(title));
        }
        title.clear();
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
