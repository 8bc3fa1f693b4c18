import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Bytes a first query fetches, Masthead's search against Pagefind on the same built site, in headless
 * Chromium with an empty cache for every query. Every file the page loads (search code and index data;
 * the page's own HTML and the stylesheet not counted) is counted as a static host sends it: gzip -9, or
 * the file as it is when that is smaller (Pagefind's index files are compressed already).
 *
 * java -cp "$(cat cp.txt)" bench/SearchBytes.java SITE BASE_URL
 * with SITE served at BASE_URL (python3 -m http.server) and Pagefind's output in SITE/pagefind, pf.html beside it.
 */
public class SearchBytes {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        String base = args[1];
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        Path profile = Files.createTempDirectory("sb-");
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        ChromeDriver d = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), o);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String[][] queries = {{"rare word", "mozambique"}, {"common word", "security"}, {"two words", "armed conflict"},
                {"phrase", "\"armed conflict\""}, {"symbol", "S/2019/182"}, {"filter alone", null}};
        System.out.println("| query | Masthead files | Masthead KB (gzip) | Masthead ms to results | Pagefind files | Pagefind KB | Pagefind ms |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String[] q : queries) {
            String m = q[1] == null ? "search/index.html?type=letter&year=2019"
                    : "search/index.html?q=" + URLEncoder.encode(q[1], StandardCharsets.UTF_8);
            long[] mast = measure(d, site, base, m, "return document.getElementById('search-status').textContent.includes('shown')", "/search/", "assets/search");
            String pf = q[1] == null ? "-" : null;
            long[] pag = q[1] == null ? null : measure(d, site, base, "pf.html?q=" + URLEncoder.encode(q[1], StandardCharsets.UTF_8),
                    "return document.getElementById('out').textContent.startsWith('done')", "/pagefind/", "/pagefind/");
            System.out.printf("| %s `%s` | %d | %.1f | %d | %s | %s | %s |%n", q[0], q[1] == null ? m.substring(18) : q[1], mast[0], mast[1] / 1024.0, mast[2],
                    pag == null ? "-" : pag[0], pag == null ? "-" : String.format("%.1f", pag[1] / 1024.0), pag == null ? "-" : pag[2]);
        }
        d.quit();
    }

    /** {files, gzip bytes, ms from navigation start to results} for one page load with an empty cache. */
    static long[] measure(ChromeDriver d, Path site, String base, String page, String ready, String... counted) throws Exception {
        d.executeCdpCommand("Network.enable", Map.of());
        d.executeCdpCommand("Network.clearBrowserCache", Map.of());
        d.get(base + page);
        new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> Boolean.TRUE.equals(d.executeScript(ready)));
        long ms = ((Number) d.executeScript("return Math.round(performance.now())")).longValue();
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) d.executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
        long files = 0, bytes = 0;
        for (String u : urls) {
            String path = URI.create(u).getPath();
            boolean count = false;
            for (String c : counted) count |= path.contains(c);
            if (!count) continue;
            byte[] raw = Files.readAllBytes(site.resolve(path.substring(1)));
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(gz) { { def.setLevel(9); } }) {
                out.write(raw);
            }
            files++;
            bytes += Math.min(raw.length, gz.size());
        }
        return new long[] {files, bytes, ms};
    }
}
