package org.masthead.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Splits raw text into numbered lines and pages; a form feed starts a page on the same file line. */
final class SourceLines {

    private SourceLines() {
    }

    static List<Line> split(String text) {
        // NFC: some PDFs hold accents as combining marks ("e" + U+0301); the symbol fonts' bullets
        // come out of pdftotext in the Private Use Area (U+F0B7 and U+F0A7 in Symbol and Wingdings).
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ').replace("\uFEFF", "").replace('\u00AD', '-')
                .replace('\uF0B7', '\u2022').replace('\uF0A7', '\u2022');
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

    /**
     * pdftotext output carries job numbers and barcodes; the other inputs (Markdown from PDF, the
     * compilations, which have form feeds too) separate their paragraphs with blank lines already.
     */
    static boolean looksLikePdfText(String text) {
        return text.lines().anyMatch(l -> l.strip().matches("\\*\\d{7,}[A-Z]?\\*|\\d{2}-\\d{5}\\*?(?: \\(E\\).*)?"));
    }
}
