package org.masthead.bench;

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
 * first pass and the symbol extension run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarkdownBenchmark {
    private BenchFixture fixture;

    @Setup
    public void setUp() {
        fixture = new BenchFixture();
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
}
