package uk.icr.bench.load;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open-model load: calls start at a fixed rate whatever the answers do, and each latency is measured
 * from the moment its call was due to start, not from when it was sent. A stalled server (or a stalled
 * generator) therefore shows in the percentiles instead of silently slowing the load: no coordinated
 * omission, as in wrk2 and Gatling's open injection.
 */
public final class OpenLoad {

    private OpenLoad() {
    }

    /** Starts {@code ratePerSecond} calls a second for {@code duration}, then waits for the last answers. */
    public static Latencies run(LoadClient client, double ratePerSecond, Duration duration, Supplier<HttpCall> calls) {
        return run(client, ratePerSecond, duration, calls, answer -> { });
    }

    /** As above; {@code onSuccess} sees every successful answer (to keep the ids created, say). */
    public static Latencies run(LoadClient client, double ratePerSecond, Duration duration, Supplier<HttpCall> calls,
            Consumer<LoadClient.Answer> onSuccess) {
        Histogram micros = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(1), 3);
        AtomicLong errors = new AtomicLong();
        AtomicLong pending = new AtomicLong();
        Map<String, Long> kinds = new ConcurrentHashMap<>();
        long total = Math.max(1, Math.round(ratePerSecond * duration.toNanos() / 1e9));
        double interval = 1e9 / ratePerSecond;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + Math.round(i * interval);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpCall call = calls.get();
            pending.incrementAndGet();
            client.send(call, (answer, failure) -> {
                micros.recordValue(Math.max(0, (System.nanoTime() - due) / 1000));
                if (failure != null || answer.status() != call.expected()) {
                    errors.incrementAndGet();
                    kinds.merge(Latencies.kind(answer, failure), 1L, Long::sum);
                } else {
                    onSuccess.accept(answer);
                }
                pending.decrementAndGet();
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (pending.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        if (pending.get() > 0) {
            errors.addAndGet(pending.get());
            kinds.put("no answer", pending.get());
        }
        return Latencies.of(micros, total, errors.get(), duration.toNanos() / 1e9, kinds);
    }
}
