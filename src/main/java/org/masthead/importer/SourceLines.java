package org.masthead.importer;

import java.util.ArrayList;
import java.util.List;

/** Splits raw text into numbered lines and pages; a form feed starts a page on the same file line. */
final class SourceLines {

    private SourceLines() {
    }

    static List<Line> split(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ').replace("\uFEFF", "").replace('\u00AD', '-');
        String[] raw = t.split("\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            String s = raw[i];
            boolean page = s.indexOf('\f') >= 0;
            s = s.replace("\f", "").stripTrailing();
            lines.add(new Line(i + 1, s, page));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).blank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** pdftotext output carries form feeds, job numbers and barcodes; the other inputs have paragraphs already. */
    static boolean looksLikePdfText(String text) {
        return text.indexOf('\f') >= 0
                || text.lines().anyMatch(l -> Furniture.isFurniture(l.strip()));
    }
}
