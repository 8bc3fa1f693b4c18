package org.masthead.work;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Work spread over every core, handed out one item at a time. A parallel stream cuts a list into
 * four pieces per worker of the common pool, that is four in all on two cores: when one piece
 * costs more than the others (the listing pages sit together at the end of a build's files), one
 * core finished early and idled while the other worked through the rest, for seconds. Here each
 * thread takes the next item until none is left, so both finish within one item of each other.
 */
public final class Parallel {
    private Parallel() {
    }

    /** Runs the action on every item; the first exception any item threw is thrown once all stop. */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        forEachIndex(items.size(), i -> action.accept(items.get(i)));
    }

    /** The function of every item, in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        Object[] out = new Object[items.size()];
        forEachIndex(items.size(), i -> out[i] = f.apply(items.get(i)));
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(out);
        return list;
    }

    private static void forEachIndex(int size, IntConsumer action) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < size && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    action.accept(i);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        int threads = Math.min(size, Runtime.getRuntime().availableProcessors());
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            helpers.add(ForkJoinPool.commonPool().submit(worker));
        }
        worker.run();
        helpers.forEach(ForkJoinTask::join);
        Throwable e = failure.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
    }
}
