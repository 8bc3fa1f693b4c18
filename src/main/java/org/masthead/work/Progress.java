package org.masthead.work;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress line for long builds: nothing for builds under a few seconds, then one line every
 * few seconds (documents read, pages written, rate), plain lines that CI logs keep readable.
 */
public final class Progress {
    private static final long FIRST_NANOS = 3_000_000_000L;
    private static final long EVERY_NANOS = 3_000_000_000L;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger rendered = new AtomicInteger();
    private volatile long lastPrint = start + FIRST_NANOS - EVERY_NANOS;
    private volatile int total;

    private Progress(PrintWriter err) {
        this.err = err;
    }

    public static Progress to(PrintWriter err) {
        return new Progress(err);
    }

    /** Reports nothing (tests, the preview server). */
    public static Progress silent() {
        return new Progress(null);
    }

    public void total(int documents) {
        total = documents;
    }

    public void documentRead() {
        read.incrementAndGet();
        tick();
    }

    public void pageRendered() {
        rendered.incrementAndGet();
        tick();
    }

    private void tick() {
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrint < EVERY_NANOS) {
            return;
        }
        synchronized (this) {
            if (now - lastPrint < EVERY_NANOS) {
                return;
            }
            lastPrint = now;
            double secs = (now - start) / 1e9;
            err.printf("  %d/%d documents read, %d pages rendered, %.0f pages/s%n", read.get(), total,
                    rendered.get(), rendered.get() / secs);
            err.flush();
        }
    }
}
