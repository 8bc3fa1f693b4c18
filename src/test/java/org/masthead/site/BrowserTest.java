package org.masthead.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The bundled archive in Debian's headless Chromium, driven by Selenium and served over
 * loopback HTTP: a reader follows a citation and comes back through the cited-by list,
 * pages fit a phone screen, and axe-core finds no serious accessibility problem.
 *
 * <p>Without Chromium or chromedriver these tests skip with a message, so a fresh machine's
 * {@code mvn verify} passes; {@code -Dmasthead.requireBrowser=true} (set by {@code .ci/run})
 * turns the skip into a failure.
 */
class BrowserTest {
    private static final boolean REQUIRED = Boolean.getBoolean("masthead.requireBrowser");
    private static final Path CHROMIUM = Path.of(System.getProperty("masthead.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("masthead.chromedriver", "/usr/bin/chromedriver"));
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    /** Selenium warns that it has no DevTools bindings for this Chromium; plain CDP commands need none. */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
    }

    private static StaticServer server;
    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        for (Path exe : List.of(CHROMIUM, CHROMEDRIVER)) {
            unavailableIf(!Files.isExecutable(exe), exe + " is missing (apt-get install -y chromium chromium-driver"
                    + " fonts-wqy-microhei)");
        }
        server = StaticServer.serve(BundledSite.site());
        profile = Files.createTempDirectory("masthead-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            unavailableIf(true, "Chromium did not start: " + e.getMessage().lines().findFirst().orElse(""));
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** Skips the browser tests with a visible message, or fails them when CI requires a browser. */
    private static void unavailableIf(boolean unavailable, String why) {
        if (!unavailable) {
            return;
        }
        String message = "Browser tests need Debian's headless Chromium: " + why;
        if (REQUIRED) {
            fail(message + " (masthead.requireBrowser=true, so this is a failure)");
        }
        System.err.println("[browser] SKIPPED: " + message);
        Assumptions.abort(message + " (skipped; -Dmasthead.requireBrowser=true makes this a failure)");
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void readerFollowsResolution2164FromS2014660AndComesBackThroughCitedBy() {
        open("S/2014/660/index.html");
        assertEquals("S/2014/660", driver.findElement(By.cssSelector("header.masthead .symbol")).getText());
        assertTrue(driver.findElement(By.id("annex")).isDisplayed(), "the annex heading is not shown");

        WebElement reference = driver.findElements(By.cssSelector(".body a")).stream()
                .filter(a -> a.getText().contains("2164"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("S/2014/660 has no link whose text contains '2164'"));
        String target = reference.getAttribute("href");
        assertTrue(target.startsWith(server.base()), () -> "the link to resolution 2164 (2014) leaves the archive: "
                + target + " (is content/S/RES/2164(2014).md bundled?)");
        reference.click();
        wait(ExpectedConditions.urlContains("/S/RES/2164"));
        assertTrue(driver.findElement(By.cssSelector("header.masthead .symbol")).getText().contains("S/RES/2164"),
                () -> "landed on " + driver.getCurrentUrl());

        WebElement back = driver.findElements(By.cssSelector("ul.cited-by a")).stream()
                .filter(a -> a.getText().equals("S/2014/660"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the cited-by list of S/RES/2164 (2014) does not list S/2014/660"));
        back.click();
        wait(ExpectedConditions.urlContains("/S/2014/660/"));
        assertEquals("S/2014/660", driver.findElement(By.cssSelector("header.masthead .symbol")).getText());
    }

    @Test
    void everyPageFitsAPhoneScreenWithoutHorizontalScroll() throws IOException {
        Path site = BundledSite.site();
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace(File.separatorChar, '/'))
                    .sorted().toList();
        }
        List<String> tooWide = new ArrayList<>();
        long start = System.nanoTime();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 2, "mobile", true));
        try {
            for (String page : pages) {
                open(page);
                long scrollWidth = number("return document.documentElement.scrollWidth");
                long innerWidth = number("return window.innerWidth");
                if (scrollWidth > innerWidth) {
                    tooWide.add(page + ": scrollWidth " + scrollWidth + " > innerWidth " + innerWidth);
                }
            }
            for (String page : List.of("S/2014/660/index.html", "index.html")) {
                open(page);
                Path shot = screenshotDir().resolve("phone-" + page.replace("/index.html", "").replace('/', '-')
                        .replace("index.html", "home") + ".png");
                Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
                System.out.println("[browser] screenshot " + shot);
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        System.out.printf("[browser] %d pages checked at %dx%d in %d ms%n", pages.size(), PHONE_WIDTH, PHONE_HEIGHT,
                (System.nanoTime() - start) / 1_000_000);
        assertTrue(tooWide.isEmpty(), () -> "pages that scroll sideways on a phone:\n" + String.join("\n", tooWide));
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolations() throws IOException {
        String axe;
        try (InputStream in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            assertTrue(in != null, "src/test/resources/axe/axe.min.js is missing");
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> serious = new ArrayList<>();
        for (String page : List.of("S/2014/660/index.html", "index.html", "browse/index.html",
                "browse/year/2014/index.html")) {
            open(page);
            driver.executeScript(axe);
            Object result = driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {resultTypes: ['violations']})
                       .then(r => done(JSON.stringify(r.violations)))
                       .catch(e => done('axe failed: ' + e));""");
            String text = String.valueOf(result);
            assertFalse(text.startsWith("axe failed"), () -> page + ": " + text);
            JsonNode violations = json.readTree(text);
            System.out.printf("[axe] %s: %d violations%n", page, violations.size());
            for (JsonNode v : violations) {
                StringBuilder line = new StringBuilder()
                        .append(page).append(": ").append(v.path("impact").asText()).append(' ')
                        .append(v.path("id").asText()).append(": ").append(v.path("help").asText());
                for (JsonNode node : v.path("nodes")) {
                    line.append("\n    ").append(node.path("target")).append(' ')
                            .append(node.path("failureSummary").asText().replace('\n', ' '));
                }
                System.out.println("[axe] " + line);
                String impact = v.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    serious.add(line.toString());
                }
            }
        }
        assertTrue(serious.isEmpty(), () -> "axe-core found serious or critical violations:\n"
                + String.join("\n", serious));
    }

    /**
     * The Declaration in its six versions: the Arabic page mirrors its masthead (the United Nations
     * at the right, the symbol at the left; the other way round in English), fits a phone and a
     * desktop without sideways scrolling, and axe finds nothing serious on any of the six.
     * Screenshots of all six go to target/screenshots.
     */
    @Test
    void arabicVersionIsMirroredAndEverySixLanguagePageFitsAndPassesAxe() throws IOException {
        String axe;
        try (InputStream in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("ar", "zh", "en", "fr", "ru", "es")) {
            String page = "A/RES/217(III)/" + (lang.equals("en") ? "" : lang + "/") + "index.html";
            for (int width : List.of(1280, PHONE_WIDTH)) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                        "width", width, "height", width == PHONE_WIDTH ? PHONE_HEIGHT : 900,
                        "deviceScaleFactor", width == PHONE_WIDTH ? 2 : 1, "mobile", width == PHONE_WIDTH));
                try {
                    open(page);
                    long scrollWidth = number("return document.documentElement.scrollWidth");
                    long innerWidth = number("return window.innerWidth");
                    if (scrollWidth > innerWidth) {
                        problems.add(page + " at " + width + " px scrolls sideways: " + scrollWidth + " > " + innerWidth);
                    }
                    double un = number("return document.querySelector('header.masthead .un').getBoundingClientRect().left");
                    double symbol = number("return document.querySelector('header.masthead .symbol')"
                            + ".getBoundingClientRect().left");
                    boolean mirrored = un > symbol;
                    if (mirrored != lang.equals("ar")) {
                        problems.add(page + " at " + width + " px: United Nations at x=" + un + ", symbol at x=" + symbol
                                + (lang.equals("ar") ? " (not mirrored)" : " (mirrored in a left-to-right language)"));
                    }
                    Path shot = screenshotDir().resolve("language-" + lang + "-" + width + ".png");
                    Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
                    System.out.println("[browser] screenshot " + shot);
                } finally {
                    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                }
            }
            driver.executeScript(axe);
            String text = String.valueOf(driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {resultTypes: ['violations']})
                       .then(r => done(JSON.stringify(r.violations)))
                       .catch(e => done('axe failed: ' + e));"""));
            assertFalse(text.startsWith("axe failed"), () -> page + ": " + text);
            for (JsonNode v : json.readTree(text)) {
                String impact = v.path("impact").asText();
                System.out.println("[axe] " + page + ": " + impact + " " + v.path("id").asText());
                if (impact.equals("serious") || impact.equals("critical")) {
                    problems.add(page + ": axe " + impact + " " + v.path("id").asText() + ": " + v.path("nodes"));
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    // ---- helpers ----

    private static void open(String path) {
        driver.get(server.base() + path);
        wait(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static <T> void wait(Function<WebDriver, T> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

    private static long number(String script) {
        return ((Number) driver.executeScript(script)).longValue();
    }

    /** {@code <build dir>/screenshots}: target/screenshots in a normal build. */
    private static Path screenshotDir() throws IOException {
        return Files.createDirectories(BundledSite.buildDir().resolve("screenshots"));
    }
}
