package uk.icr.gateway.edge;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per client: {@code perSecond} sustained, {@code burst} at once. A refused request learns
 * how long until its next token. Buckets that have refilled are forgotten, so memory follows the number of
 * clients active in the last moments, not all clients ever seen.
 */
final class RateLimiter {

    private final double perNano;
    private final double burst;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perSecond, int burst) {
        this.perNano = perSecond / 1e9;
        this.burst = burst;
    }

    /** Zero when the request may go on; otherwise how long the client should wait. */
    Duration acquire(String client, long nowNanos) {
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, nowNanos));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (nowNanos - bucket.at) * perNano);
            bucket.at = nowNanos;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / perNano));
        }
    }

    /** Drops the buckets that are full again: a client coming back starts afresh, which is the same. */
    void forgetIdle(long nowNanos) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().tokens + (nowNanos - e.getValue().at) * perNano >= burst;
            }
        });
    }

    int clients() {
        return buckets.size();
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
