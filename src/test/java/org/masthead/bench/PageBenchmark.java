package org.masthead.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.masthead.render.MarkdownRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One document page with the real Thymeleaf engine and the built-in theme:
 * {@code pageModel} builds the template variables ({@code PageModels.document}),
 * {@code template} renders the {@code document} template from a ready model, and
 * {@code wholePage} does what the build does per document short of writing the file: read the
 * body again, Markdown with references, the model, the template, UTF-8 bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PageBenchmark {
    private BenchFixture fixture;
    private MarkdownRenderer.Body rendered;
    private Map<String, Object> vars;
    private Map<String, Object> varsWithoutExports;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        fixture = new BenchFixture();
        rendered = fixture.markdown.render(fixture.body, fixture.links);
        vars = fixture.models.document(fixture.document, rendered);
        varsWithoutExports = new HashMap<>(vars);
        Map<String, Object> cite = new HashMap<>((Map<String, Object>) vars.get("cite"));
        cite.remove("files");
        cite.remove("akn");
        varsWithoutExports.put("cite", cite);
        String html = fixture.templates.render("document", vars);
        if (!html.contains("S/2024/38") || !html.contains("href=\"../15/index.html\"") || !html.contains("href=\"../47/index.html\"")) {
            throw new IllegalStateException("the page does not look like a document page:\n" + html);
        }
    }

    @TearDown
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public Map<String, Object> pageModel() {
        return fixture.models.document(fixture.document, rendered);
    }

    @Benchmark
    public String template() {
        return fixture.templates.render("document", vars);
    }

    /** The same page as {@code build --no-exports} makes it: no links to citation files and AKN. */
    @Benchmark
    public String templateWithoutExports() {
        return fixture.templates.render("document", varsWithoutExports);
    }

    @Benchmark
    public byte[] wholePage() throws IOException {
        String body = fixture.reader.body(fixture.document.source());
        MarkdownRenderer.Body b = fixture.markdown.render(body, fixture.links);
        return fixture.templates.render("document", fixture.models.document(fixture.document, b))
                .getBytes(StandardCharsets.UTF_8);
    }
}
