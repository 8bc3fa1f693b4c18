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

    /** Words as the regular expression {@code [\p{L}\p{N}]+} found them before the hand-written scan, Han runs as bigrams. */
    private static List<String> wordsByPattern(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(s);
        while (m.find()) {
            String word = m.group();
            int start = 0;
            while (start < word.length()) {
                boolean han = Analyzer.isHan(word.codePointAt(start));
                int end = start;
                while (end < word.length() && Analyzer.isHan(word.codePointAt(end)) == han) {
                    end += Character.charCount(word.codePointAt(end));
                }
                String run = word.substring(start, end);
                if (han) {
                    int[] cps = run.codePoints().toArray();
                    if (cps.length == 1) {
                        out.add(run);
                    }
                    for (int i = 0; i + 1 < cps.length; i++) {
                        out.add(new String(cps, i, 2));
                    }
                } else {
                    out.add(run);
                }
                start = end;
            }
        }
        return out;
    }

    @Test
    void wordsAreTheRunsOfLettersAndNumbersThePatternFinds() {
        // Letters, digits and other numbers of several scripts, Han (with a supplementary character), marks, signs.
        String alphabet = "ab Z9_-/.,é\u0301\u00B2\u2163\u0661\u0627\u0628\u5B89\u5168\u7406\uD840\uDC00\u3002\u0416 \n";
        Random r = new Random(9);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(25); k > 0; k--) {
                int at = r.nextInt(alphabet.length());
                if (Character.isLowSurrogate(alphabet.charAt(at))) {
                    at--;
                }
                b.append(alphabet.charAt(at));
                if (Character.isHighSurrogate(alphabet.charAt(at))) {
                    b.append(alphabet.charAt(at + 1));
                }
            }
            String text = b.toString();
            List<String> words = new ArrayList<>();
            Analyzer.words(text, words);
            assertEquals(wordsByPattern(text), words, text);
        }
    }

    @Test
    void normalisingWordByWordGivesWhatTheWholeTextGives() {
        // Final sigma (its lower case depends on what follows), marks after a space, letters that
        // decompose to a space, Arabic, full-width and ligature forms, ASCII around them.
        String alphabet = "aZ .'\n\u03A3\u039F\u0301\u0308\u00B4\u00A0\u0671\u0629\u0640\u0661\uFF21\uFB01\u1100\u1161\u00C9";
        Random r = new Random(13);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(20); k > 0; k--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertEquals(Analyzer.normalizeSlowly(text), Analyzer.normalize(text), text);
        }
    }
}
