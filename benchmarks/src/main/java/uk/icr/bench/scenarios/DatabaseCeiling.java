package uk.icr.bench.scenarios;

import java.time.Duration;

import uk.icr.bench.Bench;
import uk.icr.bench.database.PgBench;

/**
 * Scenario 1: pgbench running one create's SQL in one transaction against the suite's PostgreSQL, at
 * doubling client counts until the rate stops growing. The peak is what the services are measured against.
 */
public final class DatabaseCeiling {

    public static final String NAME = "1. Database ceiling (pgbench, one create's SQL per transaction)";
    private static final Duration EACH = Duration.ofSeconds(8);

    private DatabaseCeiling() {
    }

    public static double run(Bench bench) {
        PgBench pgbench = new PgBench(bench.workDir(), bench.stack().postgresPort());
        PgBench.Run best = null;
        int declines = 0;
        for (int clients = 1; clients <= 64 && declines < 2; clients *= 2) {
            PgBench.Run run = pgbench.run(clients, EACH);
            bench.results().figure(NAME, "tps.c" + clients, clients + " clients: creates a second (mean latency "
                    + String.format("%.2f ms", run.meanLatencyMs()) + ")", run.tps(), "/s");
            if (best == null || run.tps() > best.tps()) {
                best = run;
                declines = 0;
            } else {
                declines++;
            }
        }
        bench.results().figure(NAME, "peakTps", "peak", best.tps(), "/s");
        bench.results().figure(NAME, "peakClients", "clients at the peak", best.clients(), "");
        return best.tps();
    }
}
