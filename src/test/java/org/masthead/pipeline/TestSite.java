package org.masthead.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.masthead.cli.Main;

/**
 * A small site in a temporary folder for whole-site tests: content files written inline, built
 * through {@link Main#run} with the built-in theme, and read back file by file.
 */
public final class TestSite {
    public final Path root;
    public final Path content;
    public final Path out;
    /** A templates folder that does not exist, so the built-in theme is used. */
    public final Path templates;

    public TestSite(Path root) {
        this.root = root;
        this.content = root.resolve("content");
        this.out = root.resolve("site");
        this.templates = root.resolve("no-templates-here");
    }

    /** What a command printed and returned. */
    public record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /** A content file with the required keys, the given extra front-matter lines and body. */
    public static String doc(String symbol, String date, String title, String extraFrontMatter, String body) {
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("symbol: ").append(symbol).append('\n');
        sb.append("title: ").append(title).append('\n');
        sb.append("date: ").append(date).append('\n');
        sb.append("distribution: General\n");
        if (!extraFrontMatter.isEmpty()) {
            sb.append(extraFrontMatter.endsWith("\n") ? extraFrontMatter : extraFrontMatter + "\n");
        }
        return sb.append("---\n\n").append(body).append('\n').toString();
    }

    public TestSite file(String relative, String text) {
        Path p = content.resolve(relative);
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Run run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        return new Run(code, o.toString(), e.toString());
    }

    public Run build() {
        return run("build", "--content", content.toString(), "--out", out.toString(), "--templates", templates.toString());
    }

    public Run buildWithTemplates(Path templateDir) {
        return run("build", "--content", content.toString(), "--out", out.toString(), "--templates", templateDir.toString());
    }

    public Run check() {
        return run("check", "--content", content.toString());
    }

    public Path site(String relative) {
        return out.resolve(relative);
    }

    public String text(String relative) {
        try {
            return Files.readString(site(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of the built site, parsed, with its file URI as base so {@code absUrl} resolves relative links. */
    public Document page(String relative) {
        Path p = site(relative);
        try {
            return Jsoup.parse(p.toFile(), "UTF-8", p.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a relative link on a page points, as a path in the site folder (fragment and query left off). */
    public static Path target(Path page, String href) {
        String h = href.replaceAll("[#?].*$", "");
        return h.isEmpty() ? page : page.getParent().resolve(h).normalize();
    }

    /** Every file of a folder by relative path, with its bytes. */
    public static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The differences between two snapshots, empty when they are byte-identical. */
    public static List<String> differences(Map<String, byte[]> a, Map<String, byte[]> b) {
        List<String> diff = new ArrayList<>();
        for (String k : a.keySet()) {
            if (!b.containsKey(k)) {
                diff.add("only in first: " + k);
            } else if (!java.util.Arrays.equals(a.get(k), b.get(k))) {
                diff.add("differs: " + k);
            }
        }
        for (String k : b.keySet()) {
            if (!a.containsKey(k)) {
                diff.add("only in second: " + k);
            }
        }
        return diff;
    }
}
