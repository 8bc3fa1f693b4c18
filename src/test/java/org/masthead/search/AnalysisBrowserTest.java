package org.masthead.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser's analysis (templates/assets/search-analysis.js) in real Chromium, against the shared table. */
class AnalysisBrowserTest {
    @Test
    void browserAnalysisGivesEveryTermOfTheSharedTable(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("templates/assets/search-analysis.js"), dir.resolve("search-analysis.js"));
        Files.writeString(dir.resolve("index.html"),
                "<!DOCTYPE html><meta charset=utf-8><title>analysis</title><script src=\"search-analysis.js\"></script>");
        try (Chromium chromium = Chromium.start()) {
            chromium.driver.get(dir.resolve("index.html").toUri().toString());
            List<String> wrong = new ArrayList<>();
            for (AnalysisTable.Row row : AnalysisTable.load().rows()) {
                @SuppressWarnings("unchecked")
                List<String> got = (List<String>) chromium.driver.executeScript(
                        "return MastheadAnalysis.terms(arguments[0]);", row.input());
                if (!got.equals(row.terms())) {
                    wrong.add("analysis.tsv:" + row.line() + ": " + row.input() + "\n  want " + row.terms() + "\n  got  " + got);
                }
            }
            assertTrue(wrong.isEmpty(), "Chromium's analysis differs from the table:\n" + String.join("\n", wrong));
        }
    }
}
