package org.masthead.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.cli.Main;
import org.masthead.pipeline.TestSite;
import org.masthead.site.StaticServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page in real Chromium over a built site, served over HTTP and opened from disk. */
class SearchBrowserTest {
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
    void typingAQueryShowsRankedResultsAndAClickOpensTheDocument() {
        driver.get(server.base() + "search/index.html");
        waitForStatus("documents.");
        driver.findElement(By.id("search-q")).sendKeys("minusma mandate");
        waitForStatus("shown");
        assertTrue(driver.getCurrentUrl().contains("q=minusma+mandate"), driver.getCurrentUrl());
        List<String> symbols = symbols();
        assertFalse(symbols.isEmpty());
        assertTrue(driver.findElements(By.cssSelector(".snippet mark")).size() > 0, "no highlighted words");
        WebElement first = driver.findElement(By.cssSelector(".result-title a"));
        String symbol = first.findElement(By.className("symbol")).getText();
        first.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/search/"));
        assertEquals(symbol, driver.findElement(By.cssSelector("header.masthead .symbol")).getText());
    }

    /** The script's words come from the messages of the site's language, like the rest of the page. */
    @Test
    void aSiteInFrenchSearchesInFrench(@TempDir Path dir) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), "build", "--content", "content", "--templates", "templates",
                "--lang", "fr", "--out", dir.resolve("site").toString());
        assertEquals(Main.OK, code, () -> "masthead build failed:\n" + o + e);
        String page = dir.resolve("site/search/index.html").toUri().toString();
        driver.get(page);
        assertTrue(waitForStatus("Tapez des mots").matches("\\d+ documents\\. Tapez des mots, .*"), driver.findElement(By.id("search-status")).getText());
        driver.get(page + "?q=mali");
        String status = waitForStatus("affichés");
        assertTrue(status.matches("(\\d+ documents|1 document|jusqu’à \\d+ documents), 1 à \\d+ affichés\\."), status);
        List<String> headings = driver.findElements(By.cssSelector("#search-filters h2")).stream().map(WebElement::getText).toList();
        assertTrue(headings.contains("Organe") && headings.contains("Année"), headings.toString());

        // Organs and types in French, in the result lines and the filters; a filter's value in the URL stays the index's.
        driver.get(page + "?type=letter&year=2014");
        waitForStatus("affichés");
        for (WebElement meta : driver.findElements(By.className("result-meta"))) {
            assertTrue(meta.getText().matches("2014-\\d\\d-\\d\\d · Conseil de sécurité · Lettre · anglais"), meta.getText());
        }
        assertEquals(List.of("Conseil de sécurité"), filterLabels("organ"));
        assertTrue(filterLabels("type").contains("Lettres"), filterLabels("type").toString());
        WebElement organ = driver.findElement(By.cssSelector("#search-filters section[aria-labelledby=facet-organ] a"));
        organ.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("organ=Security+Council"));
        driver.get(page + "?q=d%C3%A9claration+universelle");
        waitForStatus("affichés");
        assertEquals("1948-12-10 · Assemblée générale · Résolution · français", firstMeta());
        // A language filter names the language in itself, and says so.
        WebElement french = driver.findElements(By.cssSelector("#search-filters section[aria-labelledby=facet-lang] a")).stream()
                .filter(a -> a.getText().startsWith("Français")).findFirst().orElseThrow();
        assertEquals("fr", french.getAttribute("lang"));
        driver.get(page + "?q=zzzzqqq");
        assertEquals("Aucun document ne correspond à zzzzqqq.", waitForStatus("Aucun"));
    }

    /** A right-to-left site: organs, types and languages in Arabic in the results and the filters. */
    @Test
    void aSiteInArabicNamesOrgansAndTypesInArabic(@TempDir Path dir) {
        TestSite site = new TestSite(dir);
        site.file("S/2014/660.md", TestSite.doc("S/2014/660", "2014-09-12",
                "Letter dated 11 September 2014 from the Secretary-General", "type: letter", "I have the honour to transmit a letter."));
        site.file("S/2014/660.ar.md", TestSite.doc("S/2014/660", "2014-09-12",
                "رسالة مؤرخة 11 أيلول/سبتمبر 2014 موجهة من الأمين العام", "language: ar", "أتشرف بأن أحيل رسالة."));
        TestSite.Run r = site.run("build", "--content", site.content.toString(), "--templates", "templates", "--lang", "ar",
                "--out", site.out.toString());
        assertEquals(Main.OK, r.code(), r::toString);
        driver.get(site.site("search/index.html").toUri() + "?type=letter");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.className("result-meta")).size() == 2);
        List<String> metas = driver.findElements(By.className("result-meta")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("2014-09-12 · مجلس الأمن · رسالة · الإنكليزية", "2014-09-12 · مجلس الأمن · رسالة · العربية"),
                metas.stream().sorted(java.util.Comparator.comparing((String m) -> !m.endsWith("الإنكليزية"))).toList());
        assertEquals(List.of("مجلس الأمن"), filterLabels("organ"));
        assertEquals(List.of("رسائل"), filterLabels("type"));
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
    }

    @Test
    void theHeaderSearchBoxOfAnyPageOpensTheSearchPage() {
        driver.get(server.base() + "S/2014/660/index.html");
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.sendKeys("Mali");
        box.submit();
        // submit() does not wait for the page it leads to: wait for the search page before reading it.
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(d -> d.getCurrentUrl().contains("/search/") && d.findElement(By.id("search-status")).getText().contains("shown"));
        assertTrue(driver.getCurrentUrl().endsWith("search/index.html?q=Mali"), driver.getCurrentUrl());
    }

    @Test
    void symbolQueriesPutTheDocumentFirst() {
        for (String[] q : new String[][] {
                {"S/2014/660", "S/2014/660"}, {"s/2014/660", "S/2014/660"},
                {"S/RES/2164 (2014)", "S/RES/2164 (2014)"}, {"S/RES/2164(2014)", "S/RES/2164 (2014)"},
                {"2164 (2014)", "S/RES/2164 (2014)"}, {"resolution 2164", "S/RES/2164 (2014)"}}) {
            search(q[0]);
            assertEquals(q[1], symbols().get(0), () -> "first result for " + q[0]);
        }
    }

    @Test
    void arabicAndChineseQueriesFindTheirLanguageVersionOfTheDeclaration() {
        // Written without hamza on the alef, as readers often type it.
        search("الاعلان العالمي لحقوق الانسان");
        assertEquals("A/RES/217 (III)", symbols().get(0));
        // The result line names the version's language in the site's: English here.
        assertTrue(firstMeta().endsWith(" · Arabic"), firstMeta());
        search("人权宣言");
        assertEquals("A/RES/217 (III)", symbols().get(0));
        assertTrue(firstMeta().endsWith(" · Chinese"), firstMeta());
        search("Всеобщая декларация прав человека");
        assertTrue(firstMeta().endsWith(" · Russian"), firstMeta());
        search("declaracion universal");
        assertTrue(firstMeta().endsWith(" · Spanish"), firstMeta());
    }

    @Test
    void filtersWithoutAQueryAndBackReturnsToThePreviousResults() {
        driver.get(server.base() + "search/index.html?type=letter&year=2014");
        String status = waitForStatus("shown");
        int letters = Integer.parseInt(status.replaceAll("^(\\d+) .*", "$1"));
        assertTrue(letters > 10, status);
        for (WebElement meta : driver.findElements(By.className("result-meta"))) {
            assertTrue(meta.getText().startsWith("2014-") && meta.getText().contains(" · Letter · "), meta.getText());
        }
        WebElement organ = driver.findElement(By.cssSelector("#search-filters section[aria-labelledby=facet-organ] a"));
        int count = Integer.parseInt(organ.findElement(By.className("count")).getText().strip());
        organ.click();
        waitForStatus(count + (count == 1 ? " document" : " documents"));
        assertTrue(driver.getCurrentUrl().contains("organ="), driver.getCurrentUrl());
        driver.navigate().back();
        waitForStatus(status);
        assertFalse(driver.getCurrentUrl().contains("organ="), driver.getCurrentUrl());
    }

    @Test
    void theUrlHoldsTheWholeStateAndPagesGoOn() {
        driver.get(server.base() + "search/index.html?q=security+council&page=2");
        String status = waitForStatus("shown");
        assertTrue(status.contains("11 to 20 shown"), status);
        assertEquals("security council", driver.findElement(By.id("search-q")).getAttribute("value"));
        driver.findElement(By.linkText("Previous page")).click();
        // Wait for the new page, not the old status, which also says "shown".
        assertTrue(waitForStatus("1 to 10 shown").contains("1 to 10 shown"));
        assertFalse(driver.getCurrentUrl().contains("page="), driver.getCurrentUrl());
    }

    @Test
    void theFirstHitsPickedForAPageAreTheFirstOfTheWholeListSorted() {
        search("council");
        // The page orders only as many hits as it shows (a heap); sorted in full, the same hits must
        // come in the same order, for any number asked.
        Object bad = driver.executeAsyncScript("""
                var done = arguments[0], S = window.MastheadSearchCore;
                Promise.all([S.load('meta'), S.load('f')]).then(function (mf) {
                  var meta = mf[0], q = S.parse('council united');
                  return Promise.all(q.slots.map(function (s) { return S.slotPostings(meta, s); })).then(function (lists) {
                    var h = S.intersect(meta, lists), picked = S.select(meta, mf[1], {}, h);
                    var all = Array.from(picked.kept.subarray(0, picked.count)).sort(function (a, b) {
                      return (h.pri[b] >> 8) - (h.pri[a] >> 8) || (h.pri[b] & 255) - (h.pri[a] & 255)
                        || h.score[b] - h.score[a] || h.ids[b] - h.ids[a];
                    });
                    if (all.length < 12) return 'too few hits to test: ' + all.length;
                    for (var k of [1, 3, 10, 11, all.length - 1, all.length, all.length + 5]) {
                      var got = S.top(h, picked.kept, picked.count, k).join(), want = all.slice(0, k).join();
                      if (got !== want) return 'k=' + k + ': ' + got + ' instead of ' + want;
                    }
                    return null;
                  });
                }).then(done, function (e) { done(String(e)); });
                """);
        assertNull(bad);
    }

    @Test
    void searchWorksOnTheSiteOpenedFromDisk() {
        driver.get(SearchSite.site().resolve("search/index.html").toUri() + "?q=%E4%BA%BA%E6%9D%83");
        waitForStatus("shown");
        assertEquals("A/RES/217 (III)", symbols().get(0));
    }

    @Test
    void aQuotedPhraseMatchesItsWordsInOrder() {
        search("\"universal declaration of human rights\"");
        List<String> inOrder = symbols();
        assertTrue(inOrder.contains("A/RES/217 (III)"), inOrder.toString());
        search("\"rights human of declaration universal\"");
        assertFalse(symbols().contains("A/RES/217 (III)"), symbols().toString());
    }

    @Test
    void theLastWordMatchesAsAPrefixWhileTyping() {
        search("zanzibari");
        assertEquals(List.of("S/2099/1"), symbols());
    }

    @Test
    void markupInTitlesAndTextStaysText() {
        search("zanzibarite");
        assertTrue(driver.findElement(By.className("result-title")).getText().contains("<b>bold</b>"));
        assertTrue(driver.findElement(By.className("snippet")).getText().contains("<img src=x"));
        assertTrue(driver.findElements(By.cssSelector("#search-results b, #search-results img, #search-results script")).isEmpty());
        assertNull(driver.executeScript("return window.hacked;"));
    }

    @Test
    void resultsAreAxeCleanAndFitAPhone() throws IOException {
        String axe;
        try (java.io.InputStream in = SearchBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        try {
            search("security council mali");
            long scroll = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
            long inner = ((Number) driver.executeScript("return window.innerWidth")).longValue();
            assertTrue(scroll <= inner, "the search page scrolls sideways on a phone: " + scroll + " > " + inner);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
        driver.executeScript(axe);
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => v.id + ': ' + v.help + ' ' + JSON.stringify(v.nodes.map(n => n.target))))))
                   .catch(e => done('axe failed: ' + e));""");
        assertEquals("[]", String.valueOf(result));
    }

    @Test
    void aRangeOfYearsFiltersFromTheUrlAndFromItsTwoFields() throws IOException {
        // The documents of the nineties, counted from the site's catalogue rather than by the search.
        int nineties = inCatalogue(d -> d.get("date").asText().startsWith("199"));
        assertTrue(nineties > 2, "the bundled archive has resolutions of the nineties: " + nineties);
        driver.get(server.base() + "search/index.html?year=1990-1999");
        String status = waitForStatus("shown");
        assertTrue(status.startsWith(nineties + " document"), status + ", expected " + nineties);
        for (WebElement meta : driver.findElements(By.className("result-meta"))) {
            assertTrue(meta.getText().startsWith("199"), meta.getText());
        }

        driver.get(server.base() + "search/index.html?q=security");
        String all = waitForStatus("shown");
        WebElement form = driver.findElement(By.cssSelector("form.year-range"));
        form.findElement(By.name("from")).sendKeys("1999");
        form.findElement(By.name("to")).sendKeys("1990");
        form.findElement(By.tagName("button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("year=1999-1990"));
        // The old status also says "shown": wait for the ranged query's own, which must differ.
        String ranged = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            String s = d.findElement(By.id("search-status")).getText();
            return s.contains("shown") && !s.equals(all) ? s : null;
        });
        for (WebElement meta : driver.findElements(By.className("result-meta"))) {
            assertTrue(meta.getText().startsWith("199"), meta.getText());
        }
        driver.navigate().back();
        waitForStatus(all);
    }

    @Test
    void aSubjectFiltersFromItsOwnFileAndTheSubjectsCountsComeWhenAsked() throws IOException {
        int humanRights = inCatalogue(d -> d.path("subjects").toString().contains("\"human rights\""));
        assertTrue(humanRights > 1, "the bundled archive has documents on human rights: " + humanRights);
        driver.get(server.base() + "search/index.html?subject=human+rights");
        String status = waitForStatus("shown");
        assertTrue(status.startsWith(humanRights + " document"), status + ", expected " + humanRights);

        driver.get(server.base() + "search/index.html?q=security");
        waitForStatus("shown");
        String subjects = "#search-filters section[aria-labelledby=facet-subject]";
        assertTrue(driver.findElements(By.cssSelector(subjects + " a")).isEmpty(), "no subject counts until asked");
        driver.findElement(By.cssSelector(subjects + " button.show-subjects")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(subjects + " a .count")).isEmpty());
    }

    @Test
    void enterOnExactlyOneSymbolOpensItsDocumentAndBackReturnsToTheResults() {
        driver.get(server.base() + "search/index.html");
        waitForStatus("documents.");
        WebElement box = driver.findElement(By.id("search-q"));
        box.sendKeys("S/2014/660");
        // Marked as the exact match once the whole symbol is searched (not yet while it is typed).
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("q=S%2F2014%2F660")
                && !d.findElements(By.cssSelector(".result.exact")).isEmpty());
        assertEquals(1, driver.findElements(By.cssSelector(".result.exact")).size());
        assertEquals("S/2014/660", driver.findElement(By.cssSelector(".result.exact .symbol")).getText());
        box.sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("S/2014/660/index.html"));
        assertEquals("S/2014/660", driver.findElement(By.cssSelector("header.masthead .symbol")).getText());
        driver.navigate().back();
        waitForStatus("shown");
        assertTrue(driver.getCurrentUrl().contains("search/index.html?q=S%2F2014%2F660"), driver.getCurrentUrl());
        assertEquals("S/2014/660", symbols().get(0));

        // Words are not a symbol: Enter shows results and stays.
        box = driver.findElement(By.id("search-q"));
        box.clear();
        box.sendKeys("Mali" + org.openqa.selenium.Keys.ENTER);
        // The symbol's results say "shown" too: wait for Mali's, which have no exact match.
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("q=Mali")
                && d.findElements(By.cssSelector(".result.exact")).isEmpty() && !symbols().isEmpty());
        assertTrue(driver.getCurrentUrl().contains("/search/"), driver.getCurrentUrl());
        assertTrue(driver.findElements(By.cssSelector(".result.exact")).isEmpty());
    }

    @Test
    void aSymbolInTheHeaderBoxOfAnyPageGoesToItsDocumentAndBackToThatPage() {
        driver.get(server.base() + "S/2014/660/index.html");
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.sendKeys("2164 (2014)");
        box.submit();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("S/RES/2164"));
        assertEquals("S/RES/2164 (2014)", driver.findElement(By.cssSelector("header.masthead .symbol")).getText());
        driver.navigate().back();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("S/2014/660/index.html"));
        // A symbol the archive does not hold: the search page shows that nothing matches.
        box = driver.findElement(By.id("site-search-q"));
        box.clear();
        box.sendKeys("S/1999/12345");
        box.submit();
        waitForStatus("No documents match");
        assertTrue(driver.getCurrentUrl().endsWith("search/index.html?q=S%2F1999%2F12345"), driver.getCurrentUrl());
    }

    // ---- helpers ----

    /** How many documents of the site's catalogue ({@code documents.json}) pass the test: ground truth the search did not make. */
    private static int inCatalogue(java.util.function.Predicate<com.fasterxml.jackson.databind.JsonNode> test) throws IOException {
        int n = 0;
        for (com.fasterxml.jackson.databind.JsonNode d : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(SearchSite.site().resolve("documents.json").toFile())) {
            n += test.test(d) ? 1 : 0;
        }
        return n;
    }

    private static void search(String q) {
        driver.get(server.base() + "search/index.html?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        waitForStatus(".");
    }

    /** Waits until the status (the aria-live count) holds the given text, and returns it. */
    private static String waitForStatus(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            String s = d.findElement(By.id("search-status")).getText();
            return s.contains(part) ? s : null;
        });
        return driver.findElement(By.id("search-status")).getText();
    }

    private static List<String> symbols() {
        return driver.findElements(By.cssSelector(".result-title .symbol")).stream().map(WebElement::getText).toList();
    }

    /** The labels of a facet's values among the filters, without their counts (nor the link that removes the filter). */
    private static List<String> filterLabels(String facet) {
        return driver.findElements(By.cssSelector("#search-filters section[aria-labelledby=facet-" + facet + "] li:not(.selected) a")).stream()
                .map(a -> a.getText().replaceAll(" \\d+$", "")).toList();
    }

    private static String firstMeta() {
        return driver.findElement(By.className("result-meta")).getText();
    }
}
