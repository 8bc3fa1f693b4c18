package org.masthead.read;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.masthead.diag.Diagnostics;

/**
 * A raw-text reader given a time limit per document: published text the importer cannot make
 * sense of must cost one error, never a build that hangs. The importer is not interrupted (it
 * does not look), so a text past its time is left to finish on a daemon thread, unused.
 */
public final class TimedRawText implements RawTextReader {
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "masthead-import");
        t.setDaemon(true);
        return t;
    });

    private final RawTextReader reader;
    private final Duration limit;

    public TimedRawText(RawTextReader reader, Duration limit) {
        this.reader = reader;
        this.limit = limit;
    }

    @Override
    public Optional<String> read(Path file, String text, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        Future<Optional<String>> job = THREADS.submit(() -> reader.read(file, text, own));
        try {
            Optional<String> md = job.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            diagnostics.addAll(own);
            return md;
        } catch (TimeoutException e) {
            job.cancel(true);
            diagnostics.error(file, 1, "importing this text took more than " + limit.toSeconds()
                    + " s: left out", "convert it with 'masthead import' and fix what it reports");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel(true);
            diagnostics.error(file, 1, "importing this text was interrupted", null);
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
