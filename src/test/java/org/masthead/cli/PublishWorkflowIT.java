package org.masthead.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publishing workflows, run here as their host would run them: each file is read, its
 * build steps run in order in a copy of this working tree (what a clone of it holds), and the
 * deploy step is replaced by a copy of the folder it would publish. The published folder must
 * be the bundled archive under the Pages address. The step that runs the test suite
 * ({@code .ci/run}) is checked to be there and not run: this test is part of that suite.
 */
class PublishWorkflowIT {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*([^}]+?)\\s*}}");

    @TempDir
    Path tmp;

    @Test
    void gitHubPagesWorkflowBuildsTheArchiveForItsPagesAddress() throws Exception {
        JsonNode workflow = YAML.readTree(REPO.resolve(".github/workflows/pages.yml").toFile());
        Path clone = copyOfWorkingTree();
        Path published = tmp.resolve("published");
        String base = "https://example.github.io/masthead";
        Map<String, String> outputs = new HashMap<>();
        boolean tests = false;
        boolean deployed = false;
        for (Map.Entry<String, JsonNode> job : fields(workflow.get("jobs"))) {
            for (JsonNode step : job.getValue().path("steps")) {
                String uses = step.path("uses").asText("");
                String run = step.path("run").asText("");
                if (uses.startsWith("actions/checkout@")) {
                    continue; // the copy is the checkout
                } else if (uses.startsWith("actions/configure-pages@")) {
                    outputs.put("steps." + step.path("id").asText() + ".outputs.base_url", base);
                } else if (uses.startsWith("actions/upload-pages-artifact@")) {
                    copy(clone.resolve(step.path("with").path("path").asText()), published);
                } else if (uses.startsWith("actions/deploy-pages@")) {
                    deployed = Files.isDirectory(published);
                } else if (!uses.isEmpty()) {
                    fail("a step this test does not know how to run here: " + uses);
                } else if (run.strip().equals(".ci/run")) {
                    tests = true;
                } else {
                    shell(clone, substitute(run, outputs), Map.of("CI", "true", "GITHUB_ACTIONS", "true"));
                }
            }
        }
        assertTrue(tests, "the workflow runs the tests (.ci/run)");
        assertTrue(deployed, "the workflow uploads a folder and deploys it");
        assertPublishedArchive(published, base + "/");
    }

    @Test
    void gitLabPagesJobBuildsTheArchiveForItsPagesAddress() throws Exception {
        JsonNode ci = YAML.readTree(REPO.resolve(".gitlab-ci.yml").toFile());
        Path clone = copyOfWorkingTree();
        String base = "https://example.gitlab.io/masthead";
        Map<String, String> env = Map.of("CI", "true", "GITLAB_CI", "true", "CI_PAGES_URL", base,
                "CI_PROJECT_DIR", clone.toString());
        JsonNode test = ci.get("test");
        assertNotNull(test, "a job named test");
        assertTrue(lines(test.path("script")).contains(".ci/run"), "the test job runs the tests (.ci/run)");
        JsonNode pages = ci.get("pages");
        assertNotNull(pages, "GitLab publishes the job named pages");
        for (String line : lines(pages.path("before_script"))) {
            shell(clone, line, env);
        }
        for (String line : lines(pages.path("script"))) {
            assertFalse(line.contains(".ci/run"), "the pages job builds; the test job tests");
            shell(clone, line, env);
        }
        JsonNode paths = pages.path("artifacts").path("paths");
        assertEquals(List.of("public"), lines(paths), "GitLab Pages publishes the folder public");
        Path published = tmp.resolve("published");
        copy(clone.resolve("public"), published);
        assertPublishedArchive(published, base + "/");
    }

    /** The bundled archive, every page's canonical address under the Pages address. */
    private static void assertPublishedArchive(Path site, String base) throws IOException {
        assertTrue(Files.isRegularFile(site.resolve("index.html")), "no index.html in " + site);
        Document page = Jsoup.parse(site.resolve("S/2014/660/index.html").toFile(), "UTF-8");
        assertEquals(base + "S/2014/660/", page.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("<loc>" + base + "S/2014/660/</loc>"));
        assertTrue(Files.isRegularFile(site.resolve("S/2014/660/akn.xml")));
        try (Stream<Path> files = Files.walk(site)) {
            long count = files.filter(f -> f.getFileName().toString().equals("index.json")).count();
            assertTrue(count > 100, "the bundled archive: " + count + " documents");
        }
    }

    /** What a clone of this working tree holds: tracked and new files, not what .gitignore leaves out. */
    private Path copyOfWorkingTree() throws IOException, InterruptedException {
        Path clone = Files.createTempDirectory(tmp, "clone");
        Process git = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
                .directory(REPO.toFile()).redirectErrorStream(false).start();
        byte[] listing = git.getInputStream().readAllBytes();
        assertTrue(git.waitFor(60, TimeUnit.SECONDS) && git.exitValue() == 0, "git ls-files failed");
        for (String name : new String(listing, StandardCharsets.UTF_8).split("\0")) {
            Path from = REPO.resolve(name);
            if (name.isEmpty() || !Files.isRegularFile(from)) {
                continue; // listed but deleted in the working tree
            }
            Path to = clone.resolve(name);
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return clone;
    }

    private void shell(Path dir, String script, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-e", "-c", script).directory(dir.toFile());
        pb.environment().putAll(env);
        pb.environment().remove("MASTHEAD_JAVA_OPTS");
        Path log = Files.createTempFile(tmp, "step", ".log");
        Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("step did not finish in 10 minutes: " + script);
        }
        assertEquals(0, p.exitValue(), () -> "step failed: " + script + "\n" + read(log));
    }

    /** Replaces the expressions the simulated steps gave values to; any other is an error. */
    private static String substitute(String run, Map<String, String> values) {
        Matcher m = EXPRESSION.matcher(run);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            assertNotNull(value, "an expression this test cannot give a value to: " + m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        return m.appendTail(sb).toString();
    }

    private static List<String> lines(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        node.fields().forEachRemaining(out::add);
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        assertTrue(Files.isDirectory(from), "nothing to publish at " + from);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static String read(Path log) {
        try {
            String s = Files.readString(log);
            return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
