package org.masthead.bench;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.masthead.diag.Diagnostics;
import org.masthead.read.DocumentReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading one content file as the build's first pass does: bytes from the (cached) file,
 * UTF-8 decoding, the front matter into a typed {@code Document}, the body checked, and the
 * references of the body found ({@code DocumentReader.read}). Also the second pass's
 * {@code DocumentReader.body}, which reads the file again to render it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FrontMatterBenchmark {
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
    public Optional<DocumentReader.Read> read() {
        return fixture.reader.read(fixture.source, new Diagnostics());
    }

    @Benchmark
    public String bodyAgain() throws java.io.IOException {
        return fixture.reader.body(fixture.source.path());
    }
}
