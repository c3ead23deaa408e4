package uk.icr.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A closed-model load: {@code clients} callers, each sending its next call as soon as the last one is
 * answered, for a while. Right for contention (how many callers at once), not for latency at a rate.
 */
public final class ClosedLoad {

    private ClosedLoad() {
    }

    /** What the callers did: latencies, how many calls succeeded, and the calls that did not (to retry). */
    public record Outcome(Latencies latencies, long succeeded, List<HttpCall> failed) {
    }

    public static Outcome run(LoadClient client, int clients, Duration duration, Supplier<HttpCall> calls)
            throws InterruptedException {
        Histogram micros = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(1), 3);
        AtomicLong sent = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Map<String, Long> kinds = new ConcurrentHashMap<>();
        Queue<HttpCall> failed = new ConcurrentLinkedQueue<>();
        CountDownLatch finished = new CountDownLatch(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int i = 0; i < clients; i++) {
            next(client, calls, end, micros, sent, errors, kinds, failed, finished);
        }
        finished.await(duration.toSeconds() + 30, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        Latencies latencies = Latencies.of(micros, sent.get(), errors.get(), seconds, kinds);
        return new Outcome(latencies, sent.get() - errors.get(), List.copyOf(failed));
    }

    private static void next(LoadClient client, Supplier<HttpCall> calls, long end, Histogram micros, AtomicLong sent,
            AtomicLong errors, Map<String, Long> kinds, Queue<HttpCall> failed, CountDownLatch finished) {
        if (System.nanoTime() >= end) {
            finished.countDown();
            return;
        }
        HttpCall call = calls.get();
        long began = System.nanoTime();
        sent.incrementAndGet();
        client.send(call, (answer, failure) -> {
            micros.recordValue((System.nanoTime() - began) / 1000);
            if (failure != null || answer.status() != call.expected()) {
                errors.incrementAndGet();
                kinds.merge(Latencies.kind(answer, failure), 1L, Long::sum);
                failed.add(call);
            }
            next(client, calls, end, micros, sent, errors, kinds, failed, finished);
        });
    }
}
