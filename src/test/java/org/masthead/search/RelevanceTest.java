package org.masthead.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.site.StaticServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Relevance over the bundled archive, in real Chromium: queries a reader would type, each with
 * the documents a reader would expect, written by reading the documents and never by running the
 * search ({@code src/test/resources/search/relevance.tsv}; {@code =} joins equally good answers,
 * {@code ;} ranks them). Reports how many put an expected document first and how many in the top
 * five, and fails below the figures recorded when the set was first run.
 */
class RelevanceTest {
    private static final Path QUERIES = Path.of("src/test/resources/search/relevance.tsv");
    /** First run, 2026-11-29: see BENCHMARKS.md. A drop below these is a regression. */
    private static final int FIRST_AT_LEAST = 97;
    private static final int TOP_FIVE_AT_LEAST = 105;

    private static Chromium chromium;
    private static ChromeDriver driver;
    private static StaticServer server;

    @BeforeAll
    static void start() throws IOException {
        chromium = Chromium.start();
        driver = chromium.driver;
        server = StaticServer.serve(SearchSite.site());
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void expectedDocumentsComeFirstOrInTheTopFive() throws IOException {
        List<String[]> rows = Files.readAllLines(QUERIES, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        int first = 0;
        int topFive = 0;
        List<String> misses = new ArrayList<>();
        for (String[] row : rows) {
            List<String> got = results(row[0], row[2]);
            List<String> best = List.of(row[1].split(";")[0].split("="));
            List<String> any = List.of(row[1].split("[;=]"));
            boolean isFirst = !got.isEmpty() && best.contains(got.get(0));
            boolean inTopFive = got.stream().limit(5).anyMatch(any::contains);
            first += isFirst ? 1 : 0;
            topFive += inTopFive ? 1 : 0;
            if (!isFirst) {
                misses.add((inTopFive ? "  top 5: " : "  missed: ") + row[0] + " -> " + got.stream().limit(5).toList()
                        + ", expected " + row[1]);
            }
        }
        System.out.printf("[relevance] %d queries: expected document first %d (%.0f%%), in the top five %d (%.0f%%)%n",
                rows.size(), first, 100.0 * first / rows.size(), topFive, 100.0 * topFive / rows.size());
        misses.forEach(System.out::println);
        assertTrue(rows.size() >= 40, "queries: " + rows.size());
        assertTrue(first >= FIRST_AT_LEAST, "first: " + first);
        assertTrue(topFive >= TOP_FIVE_AT_LEAST, "top five: " + topFive);
    }

    private static List<String> results(String query, String lang) {
        String url = server.base() + "search/index.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (lang.isEmpty() ? "" : "&lang=" + lang);
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            String s = d.findElement(By.id("search-status")).getText();
            return s.contains("shown") || s.contains("No ") || s.contains("no ") ? s : null;
        });
        return driver.findElements(By.cssSelector(".result-title .symbol")).stream().map(WebElement::getText).toList();
    }
}
