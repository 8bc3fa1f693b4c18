import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Bytes a first query fetches, Masthead's search against Pagefind on the same built site, in headless
 * Chromium, a fresh browser (empty cache) for every query. What was fetched is read from Chromium's own
 * network log (--log-net-log): every request of the page and of its workers, which is where Pagefind
 * fetches its WebAssembly and index (a web worker, invisible to the page's resource timing). Each file
 * under the search's folders is counted as a static host sends it: gzip -9, or as it is when that is
 * smaller (Pagefind's index files are compressed already). The page's own HTML and stylesheet are not
 * counted, for either.
 *
 * Then the time to results: the search page loaded (its code, meta.js and f.js in), the query typed into
 * the box, and the time from the last keystroke to the results on the page (the status "N documents, 1 to
 * 10 shown" for that query), read from performance.now() in the page; the median of five per query.
 *
 * java -cp "$(cat cp.txt)" bench/SearchBytes.java SITE BASE_URL [masthead|pagefind|both]
 * with SITE served at BASE_URL (python3 -m http.server) and Pagefind's output in SITE/pagefind, with
 * bench/pf.html copied into SITE.
 */
public class SearchBytes {
    static final String[][] QUERIES = {{"rare word", "mozambique"}, {"common word", "security"},
            {"two words", "armed conflict"}, {"phrase", "\"armed conflict\""}, {"symbol", "S/2019/182"},
            {"filter alone", null}};
    static final String FILTER = "type=letter&year=2019";

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        String base = args[1];
        String which = args.length > 2 ? args[2] : "both";
        boolean pagefind = !which.equals("masthead");
        boolean masthead = !which.equals("pagefind");
        System.out.println("| query | Masthead files | Masthead KB (gzip) | Masthead ms, load to results | Masthead ms, last key to results (median of 5) | Pagefind files | Pagefind KB | Pagefind ms, load to results |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String[] q : QUERIES) {
            long[] mast = masthead ? measure(site, base, q[1] == null ? "search/index.html?" + FILTER
                    : "search/index.html?q=" + URLEncoder.encode(q[1], StandardCharsets.UTF_8),
                    "return document.getElementById('search-status').textContent.includes('shown')",
                    "/search/", "/assets/search") : null;
            long typed = masthead && q[1] != null ? typing(base, q[1]) : -1;
            long[] pag = pagefind && q[1] != null ? measure(site, base, "pf.html?q=" + URLEncoder.encode(q[1], StandardCharsets.UTF_8),
                    "return document.getElementById('out').textContent.startsWith('done')", "/pagefind/") : null;
            System.out.printf("| %s `%s` | %s | %s | %s | %s | %s | %s | %s |%n", q[0], q[1] == null ? FILTER : q[1],
                    mast == null ? "-" : mast[0], mast == null ? "-" : String.format("%.1f", mast[1] / 1024.0),
                    mast == null ? "-" : mast[2], typed < 0 ? "-" : typed,
                    pag == null ? "-" : pag[0], pag == null ? "-" : String.format("%.1f", pag[1] / 1024.0),
                    pag == null ? "-" : pag[2]);
        }
    }

    static ChromeDriver chromium(Path profile, String... extra) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        o.addArguments(extra);
        ChromeDriver d = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), o);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        return d;
    }

    /** {files, gzip bytes, ms from navigation start to results} for one page load in a fresh browser. */
    static long[] measure(Path site, String base, String page, String ready, String... counted) throws Exception {
        Path profile = Files.createTempDirectory("sb-");
        Path log = profile.resolve("net.json");
        ChromeDriver d = chromium(profile, "--log-net-log=" + log);
        long ms;
        try {
            d.get(base + page);
            new WebDriverWait(d, Duration.ofSeconds(300)).until(x -> Boolean.TRUE.equals(d.executeScript(ready)));
            ms = ((Number) d.executeScript("return Math.round(performance.now())")).longValue();
        } finally {
            d.quit(); // the net log is complete once the browser has exited
        }
        long files = 0;
        long bytes = 0;
        for (String u : requested(log)) {
            if (!u.startsWith(base)) {
                continue;
            }
            String path = URI.create(u).getPath();
            if (Arrays.stream(counted).noneMatch(path::contains)) {
                continue;
            }
            byte[] raw = Files.readAllBytes(site.resolve(path.substring(1)));
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(gz) {
                {
                    def.setLevel(9);
                }
            }) {
                out.write(raw);
            }
            files++;
            bytes += Math.min(raw.length, gz.size());
        }
        return new long[] {files, bytes, ms};
    }

    /** Every URL the browser started a request for, once each, from Chromium's net log. */
    static Set<String> requested(Path log) throws Exception {
        String text = Files.readString(log);
        // A log cut short by the browser's exit lacks its closing brackets.
        if (!text.stripTrailing().endsWith("}")) {
            text = text.stripTrailing().replaceAll(",$", "") + "]}";
        }
        JsonNode root = new ObjectMapper().readTree(text);
        int start = root.at("/constants/logEventTypes/URL_REQUEST_START_JOB").asInt();
        Set<String> urls = new LinkedHashSet<>();
        for (JsonNode e : root.get("events")) {
            if (e.path("type").asInt() == start && e.at("/params/url").isTextual()) {
                urls.add(e.at("/params/url").asText());
            }
        }
        return urls;
    }

    /** The median over five runs of the time from the last keystroke of the query to its results on the page. */
    static long typing(String base, String query) throws Exception {
        ChromeDriver d = chromium(Files.createTempDirectory("sb-"));
        List<Long> times = new ArrayList<>();
        try {
            for (int run = 0; run < 5; run++) {
                d.get(base + "search/index.html");
                new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> Boolean.TRUE.equals(d.executeScript(
                        "return document.getElementById('search-status').textContent.includes('documents.')")));
                d.executeScript("""
                        window.lastKey = 0; window.shown = 0;
                        document.getElementById('search-q').addEventListener('keydown', () => { window.lastKey = performance.now(); });
                        new MutationObserver(() => {
                          const s = document.getElementById('search-status').textContent;
                          if (new URLSearchParams(location.search).get('q') === arguments[0]
                              && (s.includes('shown') || s.startsWith('No documents'))) window.shown = performance.now();
                        }).observe(document.getElementById('search-status'), { childList: true, characterData: true, subtree: true });
                        """, query);
                d.findElement(By.id("search-q")).sendKeys(query);
                new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> ((Number) d.executeScript("return window.shown")).doubleValue() > 0);
                Map<?, ?> t = (Map<?, ?>) d.executeScript("return {key: window.lastKey, shown: window.shown}");
                times.add(Math.round(((Number) t.get("shown")).doubleValue() - ((Number) t.get("key")).doubleValue()));
            }
        } finally {
            d.quit();
        }
        times.sort(Long::compare);
        return times.get(times.size() / 2);
    }
}
