package org.masthead.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds tables in a body before it is written as paragraphs and turns each into one line that
 * holds a Markdown (GFM) table: a pipe table of Markdown converted from the PDF is kept as it is;
 * text laid out in columns (pdftotext {@code -layout}, text copied from a viewer) becomes one
 * when its columns are clear. Columns are clear when every row has a run of two or more spaces
 * inside it and the rows share gutters: positions blank in every row, two or more wide, so that
 * no text crosses from one column into the next. Anything else (cells printed one per line, as
 * pdftotext without {@code -layout} gives them) is left to be written as paragraphs.
 */
final class TableReader {

    /** A header and two rows: fewer is a pair of lines that happen to have wide spaces. */
    static final int MIN_ROWS = 3;
    private static final Pattern GAP = Pattern.compile("\\S {2,}\\S");
    private static final Pattern PIPE_ROW = Pattern.compile("\\s*\\|.*\\|\\s*");
    private static final Pattern DELIMITER = Pattern.compile("\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*");

    private TableReader() {
    }

    /** The lines with each table replaced by one line (of the table's first line number) holding its Markdown. */
    static List<Line> mark(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int end = pipeTable(lines, i);
            if (end > i) {
                out.add(lines.get(i).withText(String.join("\n", lines.subList(i, end).stream().map(l -> l.text().strip()).toList())));
                i = end;
                continue;
            }
            end = alignedRun(lines, i);
            List<Line> rows = lines.subList(i, end).stream().filter(l -> !l.blank()).toList();
            Optional<String> table = rows.size() >= MIN_ROWS ? aligned(rows) : Optional.empty();
            if (table.isPresent()) {
                out.add(lines.get(i).withText(table.get()));
                i = end;
                continue;
            }
            out.add(lines.get(i));
            i++;
        }
        return out;
    }

    /** The end of a pipe table starting at {@code i} (a row, then the delimiter row), or {@code i}. */
    private static int pipeTable(List<Line> lines, int i) {
        if (i + 1 >= lines.size() || !PIPE_ROW.matcher(lines.get(i).text()).matches()
                || !DELIMITER.matcher(lines.get(i + 1).text()).matches() || !lines.get(i + 1).text().contains("-")) {
            return i;
        }
        int end = i + 2;
        while (end < lines.size() && PIPE_ROW.matcher(lines.get(end).text()).matches()) {
            end++;
        }
        return end;
    }

    /**
     * The end of the run of lines with wide spaces inside them from {@code i}. Inside the run, one
     * blank line between rows is allowed, and an indented line without wide spaces: a cell that
     * wrapped ("including the Palestinian question" under its subject).
     */
    private static int alignedRun(List<Line> lines, int i) {
        int end = i;
        int lastRow = i;
        while (end < lines.size()) {
            Line l = lines.get(end);
            if (GAP.matcher(l.text()).find()) {
                lastRow = ++end;
            } else if (end > i && (l.blank() || indent(l.text()) >= 2) && end + 1 < lines.size()
                    && (l.blank() ? GAP.matcher(lines.get(end + 1).text()).find() : !lines.get(end + 1).blank())) {
                end++;
            } else {
                break;
            }
        }
        return lastRow;
    }

    /** The rows as a Markdown table, when they share gutters that make two columns or more. */
    private static Optional<String> aligned(List<Line> rows) {
        List<String> texts = rows.stream().map(l -> l.text().replace('\t', ' ')).toList();
        int indent = texts.stream().mapToInt(TableReader::indent).min().orElse(0);
        int width = texts.stream().mapToInt(String::length).max().orElse(0);
        List<int[]> columns = new ArrayList<>();
        int start = -1;
        int blank = 0;
        for (int p = indent; p <= width; p++) {
            boolean gutter = p == width || blankInAll(texts, p);
            if (!gutter && start < 0) {
                start = p;
            } else if (gutter && start >= 0) {
                blank++;
                if (blank >= 2 || p == width) {
                    columns.add(new int[] {start, p - blank + 1});
                    start = -1;
                    blank = 0;
                }
            } else if (!gutter) {
                blank = 0;
            }
        }
        if (columns.size() < 2) {
            return Optional.empty();
        }
        List<List<String>> cells = new ArrayList<>();
        for (String t : texts) {
            List<String> row = new ArrayList<>();
            for (int[] c : columns) {
                row.add(t.length() <= c[0] ? "" : t.substring(c[0], Math.min(t.length(), c[1])).strip());
            }
            // A row that only goes on with the cells above it (a wrapped cell) joins that row.
            if (row.get(0).isEmpty() && !cells.isEmpty()) {
                List<String> above = cells.get(cells.size() - 1);
                for (int k = 0; k < row.size(); k++) {
                    above.set(k, (above.get(k) + " " + row.get(k)).strip());
                }
            } else {
                cells.add(row);
            }
        }
        long full = cells.stream().filter(r -> r.stream().filter(c -> !c.isEmpty()).count() >= 2).count();
        if (cells.size() < 2 || full * 3 < cells.size() * 2) {
            return Optional.empty();
        }
        StringBuilder md = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            md.append(r == 0 ? "" : "\n").append(row(cells.get(r)));
            if (r == 0) {
                md.append("\n|").append(" --- |".repeat(columns.size()));
            }
        }
        return Optional.of(md.toString());
    }

    private static boolean blankInAll(List<String> texts, int p) {
        for (String t : texts) {
            if (p < t.length() && t.charAt(p) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static int indent(String s) {
        int k = 0;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    private static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder("|");
        for (String c : cells) {
            sb.append(' ').append(c.replace("\\", "\\\\").replace("|", "\\|")).append(" |");
        }
        return sb.toString();
    }
}
