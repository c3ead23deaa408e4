package uk.icr.bench.scenarios;

import java.io.IOException;
import java.time.Duration;

import uk.icr.bench.Bench;
import uk.icr.bench.memory.Rss;
import uk.icr.bench.results.Quiet;

/**
 * Scenario 6, first part: the whole stack's time to ready (measured by the start itself), each service's
 * time from process start to ready when started alone on the running stack, and each one's RSS idle.
 * Its RSS under load is sampled by {@link Creates}.
 */
public final class StartAndMemory {

    public static final String NAME = "6. Start and memory";

    private StartAndMemory() {
    }

    public static void run(Bench bench) throws IOException, InterruptedException {
        double stack = bench.stack().readyIn().toMillis() / 1000.0;
        bench.results().figure(NAME, "stackReadySeconds", "whole local stack (Keycloak, PostgreSQL, Kafka, 6 processes), start to ready",
                stack, "s");
        double slowest = 0;
        String slowestName = "";
        for (String name : Bench.PROCESSES) {
            Quiet.await(); // alone: not while the service restarted before it is still compiling
            Duration ready = bench.stack().restartService(name);
            double seconds = ready.toMillis() / 1000.0;
            bench.results().figure(NAME, name + ".readySeconds", name + ": process start to ready (alone)", seconds, "s");
            if (seconds > slowest) {
                slowest = seconds;
                slowestName = name;
            }
        }
        Thread.sleep(10_000); // let start-up garbage settle: idle means idle
        double largest = 0;
        String largestName = "";
        for (String name : Bench.PROCESSES) {
            double rss = Rss.mib(bench.stack().pid(name));
            bench.results().figure(NAME, name + ".rssIdleMiB", name + ": RSS idle", rss, "MiB");
            if (rss > largest) {
                largest = rss;
                largestName = name;
            }
        }
        bench.results().target("Each service ready in under 2 s from process start",
                String.format("slowest %s %.2f s", slowestName, slowest), slowest < 2);
        bench.results().target("Each service's RSS under 256 MB idle",
                String.format("largest %s %.0f MiB", largestName, largest), largest * 1.048576 < 256);
        bench.results().target("The whole local stack ready in under 45 s", String.format("%.1f s", stack), stack < 45);
    }
}
