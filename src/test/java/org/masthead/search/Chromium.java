package org.masthead.search;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the search tests, started as {@code site.BrowserTest} starts it:
 * without Chromium the tests skip with a message, unless {@code -Dmasthead.requireBrowser=true}
 * (set by CI) makes that a failure.
 */
final class Chromium implements AutoCloseable {
    private static final boolean REQUIRED = Boolean.getBoolean("masthead.requireBrowser");
    private static final Path CHROMIUM = Path.of(System.getProperty("masthead.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("masthead.chromedriver", "/usr/bin/chromedriver"));

    static {
        Logger.getLogger("org.openqa.selenium.devtools").setLevel(Level.SEVERE);
    }

    final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A started browser, or an aborted (skipped) test when there is none. */
    static Chromium start() throws IOException {
        for (Path exe : List.of(CHROMIUM, CHROMEDRIVER)) {
            unavailableIf(!Files.isExecutable(exe), exe + " is missing (apt-get install -y chromium chromium-driver"
                    + " fonts-wqy-microhei)");
        }
        Path profile = Files.createTempDirectory("masthead-search-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Chromium(driver, profile);
        } catch (RuntimeException e) {
            delete(profile);
            unavailableIf(true, "Chromium did not start: " + e.getMessage().lines().findFirst().orElse(""));
            throw e;
        }
    }

    private static void unavailableIf(boolean unavailable, String why) {
        if (!unavailable) {
            return;
        }
        String message = "Search browser tests need Debian's headless Chromium: " + why;
        if (REQUIRED) {
            fail(message + " (masthead.requireBrowser=true, so this is a failure)");
        }
        System.err.println("[browser] SKIPPED: " + message);
        Assumptions.abort(message + " (skipped; -Dmasthead.requireBrowser=true makes this a failure)");
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        delete(profile);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
