package org.masthead.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.masthead.diag.Diagnostics;

/**
 * Removes page furniture from pdftotext output (job numbers, barcodes, running headers, page
 * numbers, {@code Please recycle}, {@code /...}) and moves page-end footnotes out of the text,
 * leaving a mark {@code [^N]} where the footnote was called. Pages disappear: the first line
 * that follows a page break keeps {@code pageStart} so paragraphs can be joined across it.
 */
final class Cleaner {

    private static final Pattern SEPARATOR = Pattern.compile("_{5,}");
    private static final Pattern REISSUED = Pattern.compile(
            "\\*\\s*Reissued for technical reasons on (\\d{1,2} [A-Z][a-z]+ \\d{4})\\.?");
    /** "1 The Agreement ...", or with the number glued to a word ("3Security Council resolution ..."). */
    private static final Pattern NOTE_START = Pattern.compile("(\\d{1,3})(?:\\s+|(?=\\p{L}))(\\S.*)");
    private static final Pattern NOTE_NUMBER = Pattern.compile("\\d{1,3}");
    /** A note marked by stars ("* Circulated to the Board ...", "** In accordance with ..."). */
    private static final Pattern STAR_NOTE = Pattern.compile("(\\*{1,3})\\s*(\\p{L}.*)");

    /** What is left of the text, the footnotes taken out, and the reissue date if the page said it. */
    record Result(List<Line> lines, List<Footnote> footnotes, LocalDate reissued, int reissuedLine) {
    }

    private final Path file;
    private final Diagnostics diagnostics;

    Cleaner(Path file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /**
     * @param headers texts that, at the top of a page after the first, are running headers: the
     *                symbols, {@code English}, {@code Page N}, a repeated title (compared lower-case)
     * @param pdf     true for pdftotext output, where a block starting with a star may be a note; in
     *                Markdown it is a list item
     */
    Result clean(List<Line> lines, Set<String> headers, boolean pdf) {
        List<List<Line>> pages = pages(withPageStarts(lines, headers));
        List<Line> out = new ArrayList<>();
        List<Footnote> notes = new ArrayList<>();
        LocalDate reissued = null;
        int reissuedLine = 0;
        for (int p = 0; p < pages.size(); p++) {
            List<Line> page = new ArrayList<>(pages.get(p));
            if (p > 0) {
                while (!page.isEmpty() && (page.get(0).blank() || isHeader(page.get(0).text(), headers))) {
                    page.remove(0);
                }
            }
            List<Line> noteLines = new ArrayList<>();
            List<Line> body = new ArrayList<>();
            boolean inNotes = false;
            for (Line l : page) {
                String s = l.text().strip();
                Matcher r = REISSUED.matcher(s);
                if (r.matches()) {
                    reissued = Dates.parse(r.group(1)).orElse(null);
                    reissuedLine = l.number();
                    continue;
                }
                if (Furniture.isFurniture(s)) {
                    continue;
                }
                if (SEPARATOR.matcher(s).matches()) {
                    inNotes = true;
                    continue;
                }
                (inNotes ? noteLines : body).add(l);
            }
            if (pdf) {
                notes.addAll(starNotes(body));
            }
            List<Footnote> pageNotes = readNotes(noteLines);
            int[] lastCall = {0};
            List<Line> kept = new ArrayList<>();
            for (Footnote n : pageNotes) {
                Footnote placed = placeMark(body, n, lastCall);
                notes.add(placed);
                if (!placed.linked()) {
                    // Never lose text: a note whose mark cannot be found stays where it was printed,
                    // a block of its own that the next page's text does not run on into.
                    kept.add(new Line(n.line(), "", false));
                    kept.add(new Line(n.line(), n.label() + " " + n.text(), false));
                    kept.add(new Line(n.line(), "", false));
                }
            }
            trimBlanks(body);
            collapseBlanks(body);
            body.addAll(kept);
            if (!body.isEmpty() && p > 0) {
                body.set(0, body.get(0).startingPage());
            }
            out.addAll(body);
        }
        return new Result(out, notes, reissued, reissuedLine);
    }

    /**
     * Text copied without form feeds still shows where a page starts: a running header (the
     * symbol) right after the previous page's foot (job number, bar code, page number). Text with
     * form feeds is taken as it is.
     */
    static List<Line> withPageStarts(List<Line> lines, Set<String> headers) {
        if (lines.stream().anyMatch(Line::pageStart)) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size());
        boolean afterFoot = false;
        for (Line l : lines) {
            String s = l.text().strip();
            boolean start = afterFoot && isHeader(s, headers);
            out.add(start ? new Line(l.number(), l.text(), true) : l);
            if (!s.isEmpty()) {
                afterFoot = Furniture.isFurniture(s);
            }
        }
        return out;
    }

    static List<List<Line>> pages(List<Line> lines) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (Line l : lines) {
            if (l.pageStart() && !current.isEmpty()) {
                pages.add(current);
                current = new ArrayList<>();
            }
            current.add(l);
        }
        pages.add(current);
        return pages;
    }

    private static boolean isHeader(String text, Set<String> headers) {
        String s = text.strip();
        if (s.equals("English") || s.matches("Page \\d+")) {
            return true;
        }
        String bare = s.endsWith("*") ? s.substring(0, s.length() - 1) : s;
        return headers.contains(bare.toLowerCase(Locale.ROOT)) || headers.contains(s.toLowerCase(Locale.ROOT));
    }

    /**
     * Star notes printed in the text without the rule above them: at a page's foot ("* Circulated
     * to the Board ...") or under a table ("* Uranium content in ..."), a block of their own. Each
     * whose call is found above it is taken out of {@code body}; the others stay where they are.
     */
    private static List<Footnote> starNotes(List<Line> body) {
        List<Footnote> notes = new ArrayList<>();
        for (int i = 1; i < body.size(); i++) {
            Matcher star = STAR_NOTE.matcher(body.get(i).text().strip());
            if (!body.get(i - 1).blank() || !star.matches()) {
                continue;
            }
            int end = i + 1;
            while (end < body.size() && !body.get(end).blank()) {
                end++;
            }
            List<Line> text = new ArrayList<>(body.subList(i, end));
            text.set(0, text.get(0).withText(star.group(2)));
            Footnote note = new Footnote(star.group(1), join(text), body.get(i).number(), false);
            if (FootnoteCalls.placeStar(body, note, i)) {
                notes.add(note.withLinked());
                body.subList(i - 1, end).clear();
                i--;
            }
        }
        return notes;
    }

    /** Reads the footnotes of one page, printed either as "1 text" or as the numbers first and then the texts. */
    private List<Footnote> readNotes(List<Line> noteLines) {
        List<Line> lines = noteLines.stream().filter(l -> !l.blank()).toList();
        List<Footnote> notes = new ArrayList<>();
        if (lines.isEmpty()) {
            return notes;
        }
        int numbers = 0;
        while (numbers < lines.size() && NOTE_NUMBER.matcher(lines.get(numbers).text().strip()).matches()) {
            numbers++;
        }
        if (numbers > 0) {
            // pdftotext printed the column of numbers before the column of texts.
            List<Line> texts = lines.subList(numbers, lines.size());
            for (int i = 0; i < numbers; i++) {
                String label = lines.get(i).text().strip();
                if (i >= texts.size()) {
                    diagnostics.warning(file, lines.get(i).number(), "footnote " + label + " has no text", null);
                    continue;
                }
                String text = i == numbers - 1
                        ? join(texts.subList(i, texts.size()))
                        : texts.get(i).text().strip();
                notes.add(new Footnote(label, text, texts.get(i).number(), false));
            }
            return notes;
        }
        String label = null;
        int number = -1;
        int line = 0;
        List<Line> text = new ArrayList<>();
        for (Line l : lines) {
            Matcher m = NOTE_START.matcher(l.text().strip());
            Matcher star = STAR_NOTE.matcher(l.text().strip());
            boolean next = m.matches() && (number < 0 || Integer.parseInt(m.group(1)) == number + 1);
            if (next || star.matches()) {
                if (label != null) {
                    notes.add(new Footnote(label, join(text), line, false));
                }
                label = next ? m.group(1) : star.group(1);
                number = next ? Integer.parseInt(label) : number;
                line = l.number();
                text = new ArrayList<>(List.of(l.withText(next ? m.group(2) : star.group(2))));
            } else if (label != null) {
                text.add(l);
            } else {
                // Notes marked by a letter: kept as text where they stand.
                notes.add(new Footnote("", l.text().strip(), l.number(), false));
            }
        }
        if (label != null) {
            notes.add(new Footnote(label, join(text), line, false));
        }
        return notes;
    }

    private static String join(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            String s = l.text().strip();
            if (s.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                if (sb.charAt(sb.length() - 1) == '-' && Character.isLetter(sb.charAt(Math.max(0, sb.length() - 2)))) {
                    sb.append(s);
                    continue;
                }
                sb.append(' ');
            }
            sb.append(s);
        }
        return sb.toString();
    }

    private Footnote placeMark(List<Line> body, Footnote note, int[] lastCall) {
        if (note.label().isEmpty()) {
            return note;
        }
        if (FootnoteCalls.place(body, note, lastCall)) {
            return note.withLinked();
        }
        // A star note whose call is not in the text is called from the masthead (the agenda item, the title).
        if (!note.label().startsWith("*")) {
            diagnostics.warning(file, note.line(), "cannot find where footnote " + note.label()
                    + " is called; its text is kept in the body", null);
        }
        return note;
    }

    private static void trimBlanks(List<Line> body) {
        while (!body.isEmpty() && body.get(body.size() - 1).blank()) {
            body.remove(body.size() - 1);
        }
        while (!body.isEmpty() && body.get(0).blank()) {
            body.remove(0);
        }
    }

    private static void collapseBlanks(List<Line> body) {
        for (int i = body.size() - 1; i > 0; i--) {
            if (body.get(i).blank() && body.get(i - 1).blank()) {
                body.remove(i);
            }
        }
    }
}
