package org.masthead.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

class AnalyzerTest {
    @Test
    void javaAnalysisGivesEveryTermOfTheSharedTable() {
        AnalysisTable table = AnalysisTable.load();
        assertTrue(table.rows().size() >= 40, "the table has " + table.rows().size() + " rows");
        List<String> wrong = new ArrayList<>();
        for (AnalysisTable.Row row : table.rows()) {
            List<String> got = Analyzer.terms(row.input());
            if (!got.equals(row.terms())) {
                wrong.add("analysis.tsv:" + row.line() + ": " + row.input() + "\n  want " + row.terms() + "\n  got  " + got);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void tableCoversAllSixScripts() {
        String all = String.join(" ", AnalysisTable.load().rows().stream().map(AnalysisTable.Row::input).toList());
        for (String sample : List.of("é", "ñ", "ё", "إ", "ة", "理事")) {
            assertTrue(all.contains(sample), "no row holds " + sample);
        }
    }

    @Test
    void normalisedTextKeepsSpacingSoPhrasesCanBeFoundInIt() {
        assertEquals("la declaration universelle", Analyzer.normalize("La Déclaration universelle"));
    }

    /** symbols() tries its patterns only where they can start: the same as find() over every character. */
    @Test
    void symbolsFindWhatTheirPatternsFindEverywhere() {
        String[] pieces = {"s", "res", "a", "/", "/", "2014", "660", " ", "\n", "(", ")", "(2014)", " (2014)", "(iii)", ".",
            "-", "x", "2164", "1", "abcdefg", "hrc"};
        Random random = new Random(7);
        int symbols = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(14); i >= 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            List<String> expected = everywhere(text);
            assertEquals(expected, Analyzer.symbols(text), () -> "in '" + text + "'");
            symbols += expected.size();
        }
        assertTrue(symbols > 2_000, "symbols generated: " + symbols);
    }

    private static List<String> everywhere(String s) {
        List<int[]> at = new ArrayList<>();
        List<String> found = new ArrayList<>();
        Matcher m = Analyzer.SYMBOL.matcher(s);
        while (m.find()) {
            String body = m.group(1).replaceAll("[.\\-]+$", "");
            if (body.chars().anyMatch(c -> c >= '0' && c <= '9')) {
                at.add(new int[] {m.start(), found.size()});
                found.add(body + (m.group(2) == null ? "" : m.group(2)));
            }
        }
        Matcher r = Analyzer.RESOLUTION.matcher(s);
        while (r.find()) {
            at.add(new int[] {r.start(), found.size()});
            found.add("s/res/" + r.group(1) + "(" + r.group(2) + ")");
        }
        at.sort((a, b) -> Integer.compare(a[0], b[0]));
        return at.stream().map(a -> found.get(a[1])).toList();
    }
}
