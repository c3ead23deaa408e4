package uk.icr.bench.scenarios;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import uk.icr.bench.Bench;
import uk.icr.bench.load.Latencies;
import uk.icr.bench.load.OpenLoad;
import uk.icr.bench.load.Wrk;
import uk.icr.bench.memory.Rss;
import uk.icr.bench.results.Quiet;

/**
 * Scenario 2: creates straight to the assessment-service and through the gateway. Peak with wrk (closed
 * loop, the best of several connection counts), then latency in an open model at half the lower peak, the
 * same rate on both paths so that the difference is the gateway's, and at a low rate on both paths at once.
 * The services' RSS is sampled meanwhile.
 */
public final class Creates {

    public static final String NAME = "2. Create through the service and through the gateway";
    private static final int[] CONNECTIONS = {8, 32, 64};
    private static final Duration PEAK_RUN = Duration.ofSeconds(10);
    private static final Duration RATE_RUN = Duration.ofSeconds(30);
    /** Far from saturation, where the gateway's own cost shows rather than the machine's queueing. */
    private static final double LOW_RATE = 10;
    /** 600 calls a path: its p99 is the 6th slowest call rather than the 2nd, so one stall does not make it. */
    private static final Duration LOW_RUN = Duration.ofSeconds(60);

    private Creates() {
    }

    /** What later scenarios reuse: the rate and connections found here, and the assessments created. */
    public record Found(double halfPeakRate, int gatewayConnections, List<String> createdIds) {
    }

    public static Found run(Bench bench, double databaseCeiling) throws InterruptedException {
        String token = bench.api().token("pat.practitioner");
        String direct = bench.direct("assessment-service", CreateCalls.PATH);
        String gateway = bench.gateway(CreateCalls.PATH);

        // Warm both paths up (JIT, pools, token verification) before anything counts.
        bench.wrk().creates(direct, token, 16, PEAK_RUN);
        bench.wrk().creates(gateway, token, 16, PEAK_RUN);

        Wrk.Peak directPeak = peak(bench, direct, token, "direct");
        Wrk.Peak gatewayPeak = peak(bench, gateway, token, "gateway");
        double rate = Math.max(1, Math.floor(Math.min(directPeak.perSecond(), gatewayPeak.perSecond()) / 2));
        bench.results().figure(NAME, "rate", "fixed rate for latency (half the lower peak)", rate, "/s");

        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        Latencies directLatency;
        Latencies gatewayLatency;
        try (Rss.Peak rss = new Rss.Peak(bench.pids())) {
            directLatency = OpenLoad.run(bench.load(), rate, RATE_RUN, CreateCalls.to(direct, token), CreateCalls.keepIds(ids));
            // The consumers digest the direct run's events for a while after it: not on the gateway's time.
            Quiet.await();
            gatewayLatency = OpenLoad.run(bench.load(), rate, RATE_RUN, CreateCalls.to(gateway, token), CreateCalls.keepIds(ids));
            for (Map.Entry<String, Double> entry : rss.highest().entrySet()) {
                bench.results().figure(StartAndMemory.NAME, entry.getKey() + ".rssLoadMiB",
                        entry.getKey() + ": highest RSS under scenario 2's fixed-rate creates", entry.getValue(), "MiB");
            }
        }
        latency(bench, "direct", directLatency);
        latency(bench, "gateway", gatewayLatency);

        Quiet.await();
        // Both paths side by side, the gateway's calls half an interval after the direct ones: whatever else the
        // machine does meanwhile (consumers catching up, a checkpoint, a collection) falls on both alike, so the
        // difference is the gateway's rather than the moment's.
        CompletableFuture<Latencies> directLowRun = CompletableFuture.supplyAsync(
                () -> OpenLoad.run(bench.load(), LOW_RATE, LOW_RUN, CreateCalls.to(direct, token)));
        Thread.sleep(Math.round(500 / LOW_RATE));
        Latencies gatewayLow = OpenLoad.run(bench.load(), LOW_RATE, LOW_RUN, CreateCalls.to(gateway, token));
        Latencies directLow = directLowRun.join();
        bench.results().figure(NAME, "low.direct.p50", "at " + Math.round(LOW_RATE) + "/s, direct: p50", directLow.p50(), "ms");
        bench.results().figure(NAME, "low.direct.p99", "at " + Math.round(LOW_RATE) + "/s, direct: p99", directLow.p99(), "ms");
        bench.results().figure(NAME, "low.gateway.p50", "at " + Math.round(LOW_RATE) + "/s, gateway: p50", gatewayLow.p50(), "ms");
        bench.results().figure(NAME, "low.gateway.p99", "at " + Math.round(LOW_RATE) + "/s, gateway: p99", gatewayLow.p99(), "ms");
        bench.results().figure(NAME, "low.addedP50", "at " + Math.round(LOW_RATE) + "/s, gateway's added latency, p50",
                gatewayLow.p50() - directLow.p50(), "ms");
        bench.results().figure(NAME, "low.addedP99", "at " + Math.round(LOW_RATE) + "/s, gateway's added latency, p99",
                gatewayLow.p99() - directLow.p99(), "ms");

        double addedP50 = gatewayLatency.p50() - directLatency.p50();
        double addedP99 = gatewayLatency.p99() - directLatency.p99();
        double ofCeiling = gatewayPeak.perSecond() / databaseCeiling;
        double ofDirect = gatewayPeak.perSecond() / directPeak.perSecond();
        bench.results().figure(NAME, "direct.ofCeiling", "direct peak / database ceiling", directPeak.perSecond() / databaseCeiling, "");
        bench.results().figure(NAME, "gateway.ofCeiling", "gateway peak / database ceiling", ofCeiling, "");
        bench.results().figure(NAME, "gateway.ofDirect", "gateway peak / direct peak", ofDirect, "");
        bench.results().figure(NAME, "gateway.addedP50", "gateway's added latency, p50", addedP50, "ms");
        bench.results().figure(NAME, "gateway.addedP99", "gateway's added latency, p99", addedP99, "ms");

        bench.results().target("Create through the gateway at 50 % or more of the database ceiling",
                String.format("%.0f %% (%.0f/s of %.0f/s)", ofCeiling * 100, gatewayPeak.perSecond(), databaseCeiling),
                ofCeiling >= 0.5);
        bench.results().target("Create through the gateway: p99 under 10 ms at half of peak",
                String.format("p99 %.2f ms at %.0f/s", gatewayLatency.p99(), rate), gatewayLatency.p99() < 10);
        bench.results().target("The gateway adds under 0.5 ms at p50", String.format("%.2f ms at %.0f/s (%.2f ms at %.0f/s)",
                addedP50, rate, gatewayLow.p50() - directLow.p50(), LOW_RATE), addedP50 < 0.5);
        bench.results().target("The gateway adds under 2 ms at p99", String.format("%.2f ms at %.0f/s (%.2f ms at %.0f/s)",
                addedP99, rate, gatewayLow.p99() - directLow.p99(), LOW_RATE), addedP99 < 2);
        bench.results().target("The gateway keeps 85 % of direct throughput", String.format("%.0f %%", ofDirect * 100),
                ofDirect >= 0.85);
        return new Found(rate, gatewayPeak.connections(), List.copyOf(ids));
    }

    private static Wrk.Peak peak(Bench bench, String url, String token, String path) {
        Wrk.Peak best = null;
        for (int connections : CONNECTIONS) {
            Wrk.Peak run = bench.wrk().creates(url, token, connections, PEAK_RUN);
            bench.results().figure(NAME, path + ".peak.c" + connections, path + ", " + connections
                    + " connections (wrk): creates a second (" + run.errors() + " errors)", run.perSecond(), "/s");
            if (best == null || run.perSecond() > best.perSecond()) {
                best = run;
            }
        }
        bench.results().figure(NAME, path + ".peak", path + ": peak", best.perSecond(), "/s");
        return best;
    }

    static void latency(Bench bench, String path, Latencies latencies) {
        latency(bench, NAME, path, latencies);
    }

    static void latency(Bench bench, String scenario, String path, Latencies latencies) {
        bench.results().figure(scenario, path + ".p50", path + ": p50", latencies.p50(), "ms");
        bench.results().figure(scenario, path + ".p99", path + ": p99", latencies.p99(), "ms");
        bench.results().figure(scenario, path + ".p999", path + ": p99.9", latencies.p999(), "ms");
        bench.results().figure(scenario, path + ".errors", path + ": errors (of " + latencies.calls() + ")", latencies.errors(), "");
        if (!latencies.errorKinds().isEmpty()) {
            bench.results().note(scenario + ", " + path + ": errors " + latencies.errorKinds());
        }
    }
}
