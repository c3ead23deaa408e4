package uk.icr.bench.load;

import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * What a load measured: how many calls, how many failed, at what rate, and the latency percentiles in
 * milliseconds (from microsecond histograms).
 */
public record Latencies(long calls, long errors, double seconds, double p50, double p99, double p999, double max,
        Map<String, Long> errorKinds) {

    public static Latencies of(Histogram micros, long calls, long errors, double seconds, Map<String, Long> errorKinds) {
        if (micros.getTotalCount() == 0) {
            return new Latencies(calls, errors, seconds, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Map.copyOf(errorKinds));
        }
        return new Latencies(calls, errors, seconds, ms(micros.getValueAtPercentile(50)),
                ms(micros.getValueAtPercentile(99)), ms(micros.getValueAtPercentile(99.9)), ms(micros.getMaxValue()),
                Map.copyOf(errorKinds));
    }

    /** What went wrong, by status (or failure), for an error count that means something. */
    static String kind(LoadClient.Answer answer, Throwable failure) {
        return failure != null ? failure.getClass().getSimpleName() : "HTTP " + answer.status();
    }

    public double throughput() {
        return seconds > 0 ? (calls - errors) / seconds : 0;
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    @Override
    public String toString() {
        return String.format("%d calls, %d errors, %.0f/s, p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms",
                calls, errors, throughput(), p50, p99, p999, max);
    }
}
