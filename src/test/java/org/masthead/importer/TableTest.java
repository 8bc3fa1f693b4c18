package org.masthead.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.cli.Main;
import org.masthead.diag.Diagnostics;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * Tables in published text. The corpora's texts were made by pdftotext without {@code -layout},
 * which prints a table's cells one per line, in an order that does not always keep the rows
 * (S/2014/391's tables): those stay paragraphs. Text laid out in columns (pdftotext
 * {@code -layout}, text copied from a viewer) and pipe tables of Markdown converted from the PDF
 * become Markdown tables. The laid-out inputs below are written by hand in the shape of a
 * report's list of meetings and of a statistics table (numbers set flush right).
 */
class TableTest {

    private static final String MEETINGS = """
            Date          Meeting   Subject                                   Outcome
            8 January     7095th    The situation in the Middle East          Presidential statement
                                    including the Palestinian question
            15 January    7096th    Threats to international peace            Resolution 2133 (2014)
            27 January    7100th    The situation in Mali                     Press statement
            """;

    private static final String STAFF = """
            Category                  2012      2013      2014

            Military personnel       1 234       987     1 003
            Police                     456       512       498
            Civilian staff             321       330       345
            """;

    private static final String REPORT = """
            S/2014/996

            United Nations

            Security Council

            Distr.: General
            4 June 2014
            Original: English

            Report of the Secretary-General on the work of the Council
            1. The Council held the following meetings in January 2014:
            %s
            2. The strength of the mission was as follows:
            %s
            3. The Council will continue to follow the matter closely.

            14-99996 (E)

            050614

            *1499996*
            """.formatted(MEETINGS, STAFF);

    @Test
    void columnsLaidOutBySpacesBecomeMarkdownTables() {
        String md = importOf(REPORT).markdown();
        assertTrue(md.contains("""

                | Date | Meeting | Subject | Outcome |
                | --- | --- | --- | --- |
                | 8 January | 7095th | The situation in the Middle East including the Palestinian question | Presidential statement |
                | 15 January | 7096th | Threats to international peace | Resolution 2133 (2014) |
                | 27 January | 7100th | The situation in Mali | Press statement |

                """), md);
        assertTrue(md.contains("""

                | Category | 2012 | 2013 | 2014 |
                | --- | --- | --- | --- |
                | Military personnel | 1 234 | 987 | 1 003 |
                | Police | 456 | 512 | 498 |
                | Civilian staff | 321 | 330 | 345 |

                """), md);
        assertTrue(md.contains("\n1. The Council held the following meetings in January 2014:\n"), md);
        assertTrue(md.contains("\n3. The Council will continue to follow the matter closely.\n"), md);
    }

    @Test
    void columnsThatAreNotClearStayText() {
        // Justified prose with wide spaces that line up nowhere, and two lines only.
        List<Line> prose = lines("""
                The Council  met on 8 January to consider the situation in the Middle East, and
                heard a briefing by  the Special Coordinator, who  described the humanitarian
                situation in  detail and called on all parties to refrain from provocations.
                """);
        assertEquals(prose, TableReader.mark(prose));
        List<Line> two = lines("Date          Meeting\n8 January     7095th\n");
        assertEquals(two, TableReader.mark(two));
        // Cells one per line, as pdftotext without -layout prints them.
        List<Line> cells = lines("Date\nProduced at UCF\n\nQuantity\n\n19 May 2014\n\n550 000 kg\n");
        assertEquals(cells, TableReader.mark(cells));
    }

    @Test
    void aPipeTableOfMarkdownFromThePdfIsKept() {
        String md = """
                S/2014/995

                United Nations

                Security Council

                Distr.: General
                4 June 2014
                Original: English

                Note by the President of the Security Council

                The strength of the mission:

                | Category | 2014 |
                |----------|-----:|
                | Police   |  498 |
                | Civilian staff | 345 |

                The Council will follow the matter.
                """;
        String out = importOf(md).markdown();
        assertTrue(out.contains("\n| Category | 2014 |\n|----------|-----:|\n| Police   |  498 |\n| Civilian staff | 345 |\n"), out);
    }

    /** Through the real build: the page shows a table with its header, valid HTML by the Nu checker. */
    @Test
    void theBuiltPageShowsTheTableAndIsValidHtml(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("S_2014_996.txt"), REPORT, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--content", content.toString(),
                "--templates", "templates", "--out", dir.resolve("site").toString());
        assertEquals(Main.OK, code, out + "\n" + err);
        Path page = dir.resolve("site/S/2014/996/index.html");
        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        List<Element> tables = html.select("main table");
        assertEquals(2, tables.size(), html.select("main").html());
        assertEquals(List.of("Date", "Meeting", "Subject", "Outcome"), tables.get(0).select("thead th").eachText());
        assertEquals(3, tables.get(0).select("tbody tr").size());
        assertEquals(List.of("Police", "456", "512", "498"), tables.get(1).select("tbody tr").get(1).select("td").eachText());

        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, false, false);
        validator.checkHtmlInputSource(new InputSource(new StringReader("<!DOCTYPE html><html lang=en><title>t</title><span id=a></span><i id=a></i>")));
        assertFalse(errors.isEmpty(), "the checker reports a known error");
        errors.clear();
        validator.checkHtmlFile(page.toFile(), true);
        assertEquals(List.of(), errors);
    }

    private static ImportedDocument importOf(String text) {
        Diagnostics d = new Diagnostics();
        ImportedDocument doc = new Importer().importText(Path.of("table.txt"), text, d).orElseThrow();
        assertFalse(d.hasErrors(), d.sorted().toString());
        return doc;
    }

    private static List<Line> lines(String text) {
        return SourceLines.split(text);
    }
}
