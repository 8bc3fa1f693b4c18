package org.masthead.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void runsEveryItemExactlyOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(10_000);
        Parallel.forEach(IntStream.range(0, 10_000).boxed().toList(), runs::incrementAndGet);
        for (int i = 0; i < runs.length(); i++) {
            assertEquals(1, runs.get(i), "item " + i);
        }
    }

    @Test
    void mapKeepsTheOrderOfTheItems() {
        List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
        assertEquals(items.stream().map(i -> "#" + i).toList(), Parallel.map(items, i -> "#" + i));
        assertEquals(List.of(), Parallel.map(List.of(), i -> i));
    }

    @Test
    void usesEveryCore() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        assumeTrue(cores >= 2, "one core: nothing to spread");
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch twoThreads = new CountDownLatch(2);
        Parallel.forEach(IntStream.range(0, 1_000).boxed().toList(), i -> {
            if (threads.add(Thread.currentThread())) {
                // Each thread's first item waits for a second thread: one thread alone fails after 10 s.
                twoThreads.countDown();
                try {
                    twoThreads.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        assertTrue(threads.size() >= 2, "items ran on " + threads.size() + " thread(s)");
    }

    @Test
    void throwsWhatAnItemThrew() {
        IllegalStateException boom = new IllegalStateException("item 7");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> Parallel.forEach(IntStream.range(0, 100).boxed().toList(), i -> {
                    if (i == 7) {
                        throw boom;
                    }
                }));
        assertSame(boom, thrown);
    }
}
