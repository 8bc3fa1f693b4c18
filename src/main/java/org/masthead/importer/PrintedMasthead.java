package org.masthead.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.masthead.diag.Diagnostics;
import org.masthead.model.Distribution;
import org.masthead.model.Symbol;

/**
 * Reads a printed masthead line by line, in whatever order pdftotext left its lines: the
 * symbol, {@code Distr.}, the date, {@code Original:}, the organ, session and agenda lines; then
 * the title under it. One reading per document: its fields are what has been read so far.
 */
final class PrintedMasthead {

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
    /** Past this many masthead lines without a symbol, the text has no printed masthead. */
    private static final int MAX_LINES_BEFORE_SYMBOL = 40;

    /** What a line did to the reading. */
    private enum Step { TAKEN, END, FAILED }

    private final Path file;
    private final Diagnostics diagnostics;

    private Symbol symbol;
    private int symbolLine;
    private final List<Symbol> also = new ArrayList<>();
    private boolean star;
    private Distribution distribution;
    private boolean distrPending;
    private LocalDate date;
    private int dateLine;
    private String original;
    private boolean originalPending;
    private String session;
    private final List<String> agenda = new ArrayList<>();
    private final List<String> agendaTitle = new ArrayList<>();
    private boolean inAgendaTitle;
    private int seen;

    private PrintedMasthead(Path file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** The masthead printed at the top of the text, if it has one. */
    static Optional<Masthead> read(Path file, Diagnostics diagnostics, List<Line> lines) {
        PrintedMasthead r = new PrintedMasthead(file, diagnostics);
        for (int i = 0; i < lines.size(); i++) {
            Step step = r.take(lines.get(i));
            if (step == Step.FAILED) {
                return Optional.empty();
            }
            if (step == Step.END) {
                return r.symbol == null ? Optional.empty() : Optional.of(r.withTitle(lines, i));
            }
        }
        return Optional.empty();
    }

    private Step take(Line line) {
        String s = line.text().strip().replaceFirst("^#+\\s*", "");
        if (s.isEmpty()) {
            inAgendaTitle = false;
            endAgendaTitle();
            return Step.TAKEN;
        }
        if (Furniture.isFurniture(s)) {
            return Step.TAKEN;
        }
        if (++seen > MAX_LINES_BEFORE_SYMBOL && symbol == null) {
            return Step.FAILED;
        }
        if (inAgendaTitle && !GA_ADOPTED.matcher(s).lookingAt()) {
            // The agenda item's own title, which may cite a symbol ("... (S/2014/136)").
            agendaTitle.add(s);
            return Step.TAKEN;
        }
        inAgendaTitle = false;
        endAgendaTitle();
        Matcher sym = SYMBOL_LINE.matcher(s);
        if (sym.matches()) {
            return symbol(sym.group(1), line);
        }
        if (distribution(s, line) || date(s, line) || original(s)) {
            return Step.TAKEN;
        }
        if (ORGAN_LINE.matcher(s).matches() || !originalPending && VERSION_LANGUAGE.matcher(s).matches()) {
            return Step.TAKEN;
        }
        if (SESSION.matcher(s).matches()) {
            session = s;
            return Step.TAKEN;
        }
        if (AGENDA.matcher(s).matches()) {
            agenda.add(s.replaceFirst("\\s*\\*+$", ""));
            // The agenda item's own title follows, down to the next blank line.
            inAgendaTitle = true;
            return Step.TAKEN;
        }
        return Step.END;
    }

    /** The first symbol line is the document's (a joint document's symbols joined by a dash); a repeat is skipped. */
    private Step symbol(String printed, Line line) {
        if (symbol != null) {
            return also.stream().anyMatch(a -> printed.startsWith(a.text())) ? Step.TAKEN : Step.END;
        }
        List<String> parts = List.of(printed.split("[\u2013\u2014-](?=[A-Z]{1,6}/)"));
        Symbol.Result first = Symbol.parse(parts.get(0));
        if (first.symbol().isEmpty()) {
            diagnostics.error(file, line.number(), "cannot read the symbol: " + first.error(), null);
            return Step.FAILED;
        }
        symbol = first.symbol().get();
        symbolLine = line.number();
        star = printed.endsWith("*");
        for (String p : parts.subList(1, parts.size())) {
            Symbol.parse(p).symbol().ifPresent(also::add);
        }
        return Step.TAKEN;
    }

    /** {@code Distr.: General}, or {@code Distr.} and {@code GENERAL} on two lines (old mastheads), maybe with the date. */
    private boolean distribution(String s, Line line) {
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
            return true;
        }
        if (distrPending && DISTR_WORD.matcher(s).matches()) {
            distribution = Distribution.ofLabel(s).orElse(null);
            distrPending = false;
            return true;
        }
        return false;
    }

    private boolean date(String s, Line line) {
        if (date != null || !DATE_LINE.matcher(s).matches()) {
            return false;
        }
        date = Dates.parse(s).orElse(null);
        dateLine = line.number();
        if (date == null) {
            diagnostics.warning(file, line.number(), "cannot read the date '" + s + "'", "write date: YYYY-MM-DD");
        }
        return true;
    }

    /** {@code Original: English}, or {@code ORIGINAL:} and {@code ENGLISH} on two lines. */
    private boolean original(String s) {
        Matcher o = ORIGINAL.matcher(s);
        if (o.matches()) {
            if (o.group(1).isBlank()) {
                originalPending = true;
            } else {
                original = MastheadParser.language(o.group(1));
            }
            return true;
        }
        if (originalPending && s.matches("[A-Za-z]+(?:/[A-Za-z]+)?")) {
            original = MastheadParser.language(s);
            originalPending = false;
            return true;
        }
        return false;
    }

    /** Ends an agenda item's title: "Agenda item 5" becomes "Agenda item 5: Letter dated ... (S/2014/136)". */
    private void endAgendaTitle() {
        if (!agendaTitle.isEmpty() && !agenda.isEmpty()) {
            agenda.set(agenda.size() - 1, agenda.get(agenda.size() - 1) + ": " + TitleReader.join(agendaTitle));
        }
        agendaTitle.clear();
    }

    /** The masthead with the title that starts at line {@code i}: a General Assembly resolution's, or any other. */
    private Masthead withTitle(List<Line> lines, int i) {
        Matcher ga = GA_ADOPTED.matcher(lines.get(i).text().strip());
        if (ga.lookingAt()) {
            return resolutionTitle(lines, i, Dates.parse(ga.group(1)).orElse(null));
        }
        TitleReader.Title t = TitleReader.read(lines, i);
        String title = t.text().isEmpty() ? null : t.text().replaceFirst("^RESOLUTION(?= \\d+ \\(\\d{4}\\)$)", "Resolution");
        return masthead(title, t.line(), null, t.next(), List.of());
    }

    /**
     * A General Assembly resolution: its title is on the numbered line below the adoption line
     * ("68/262. Territorial integrity of Ukraine"), or under the number alone ("ES-11/1." /
     * "Aggression against Ukraine"). The adoption and committee lines stay in the body.
     */
    private Masthead resolutionTitle(List<Line> lines, int i, LocalDate adopted) {
        for (int j = i + 1; j < Math.min(lines.size(), i + 12); j++) {
            String s = lines.get(j).text().strip();
            Matcher t = GA_TITLE.matcher(s);
            boolean numberAlone = GA_NUMBER.matcher(s).matches();
            if (t.matches() || numberAlone) {
                List<String> parts = new ArrayList<>(numberAlone ? List.of() : List.of(t.group(1)));
                List<Integer> skip = new ArrayList<>(List.of(j));
                int k = j + 1;
                while (k < lines.size() && !lines.get(k).blank()
                        && !lines.get(k).text().strip().matches("The General Assembly,?")) {
                    parts.add(lines.get(k).text().strip());
                    skip.add(k);
                    k++;
                }
                return masthead(TitleReader.join(parts), lines.get(j).number(), adopted, i, skip);
            }
        }
        return masthead(null, lines.get(i).number(), adopted, i, List.of());
    }

    private Masthead masthead(String title, int titleLine, LocalDate adopted, int bodyStart, List<Integer> skip) {
        return new Masthead(symbol, symbolLine, also, star, distribution, date, dateLine, original, session,
                List.copyOf(agenda), title, titleLine, adopted, bodyStart, skip, false);
    }
}
