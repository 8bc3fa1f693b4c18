package org.masthead.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

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
}
