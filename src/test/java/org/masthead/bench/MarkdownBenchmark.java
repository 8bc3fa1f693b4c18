package org.masthead.bench;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.masthead.link.Reference;
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
 * The body of one letter: flexmark with tables, footnotes, heading ids and the symbol extension,
 * references resolved against the archive's link graph ({@code MarkdownRenderer.render}); and
 * the reference finder alone on the same body ({@code ReferenceFinder.find}), which both the
 * first pass and the symbol extension run; and, to tell the two apart, flexmark alone with the
 * same block extensions but no symbol extension.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarkdownBenchmark {
    private BenchFixture fixture;

    private BasedSequence based;
    private Parser plainParser;
    private HtmlRenderer plainRenderer;

    @Setup
    public void setUp() {
        fixture = new BenchFixture();
        based = BasedSequence.of(fixture.body);
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        plainParser = Parser.builder(options).build();
        plainRenderer = HtmlRenderer.builder(options).build();
    }

    @TearDown
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public MarkdownRenderer.Body renderWithReferences() {
        return fixture.markdown.render(fixture.body, fixture.links);
    }

    @Benchmark
    public List<Reference> findReferences() {
        return fixture.finder.find(fixture.body);
    }

    /**
     * The finder on the same text as a flexmark {@code BasedSequence}, which is what the symbol
     * extension hands it (a run of text nodes of the parsed document): regular expressions over
     * a {@code CharSequence} that is not a {@code String} pay for every {@code charAt}.
     */
    @Benchmark
    public List<Reference> findReferencesInBasedSequence() {
        return fixture.finder.find(based);
    }

    /** flexmark alone: parse and render the body without the symbol extension. */
    @Benchmark
    public String plainFlexmark() {
        return plainRenderer.render(plainParser.parse(fixture.body));
    }
}
