package uk.icr.bench.scenarios;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import uk.icr.bench.Bench;
import uk.icr.bench.database.BulkAssessments;
import uk.icr.bench.load.Latencies;
import uk.icr.bench.load.OpenLoad;
import uk.icr.bench.load.Wrk;
import uk.icr.bench.results.Quiet;

/**
 * Scenario 7: scenarios 2 and 3 (through the gateway) again with 10 thousand and then 1 million
 * assessments stored, loaded in bulk with SQL. Creates of the runs themselves add to the count.
 */
public final class Growth {

    public static final String NAME = "7. Growth (10 thousand and 1 million assessments stored)";
    private static final Duration RUN = Duration.ofSeconds(20);
    private static final long[] SIZES = {10_000, 1_000_000};

    private Growth() {
    }

    private record AtSize(double peak, Latencies creates, Reads.Measured reads) {
    }

    public static void run(Bench bench, Creates.Found creates, Reads.Rates rates) throws SQLException, InterruptedException {
        BulkAssessments bulk = new BulkAssessments(bench.stack().postgresPort());
        bulk.keepOnly(Bench.DEMO_PERSON);
        AtSize[] measured = new AtSize[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            long size = SIZES[i];
            String label = size >= 1_000_000 ? size / 1_000_000 + "M" : size / 1000 + "k";
            long startedAt = System.nanoTime();
            long added = bulk.fillTo(size);
            bench.results().figure(NAME, label + ".loadSeconds", label + ": bulk load of " + added + " assessments (SQL) and analyze",
                    (System.nanoTime() - startedAt) / 1e9, "s");
            Quiet.await();
            measured[i] = measure(bench, bulk, creates, rates, label);
        }
        AtSize small = measured[0];
        AtSize large = measured[1];
        double createRatio = large.creates().p99() / small.creates().p99();
        double byIdRatio = large.reads().byId().p99() / small.reads().byId().p99();
        double recordRatio = large.reads().record().p99() / small.reads().record().p99();
        bench.results().figure(NAME, "peakRatio", "create peak, 1M / 10k", large.peak() / small.peak(), "");
        bench.results().figure(NAME, "createP99Ratio", "create p99, 1M / 10k", createRatio, "");
        bench.results().figure(NAME, "byIdP99Ratio", "GET by id p99, 1M / 10k", byIdRatio, "");
        bench.results().figure(NAME, "recordP99Ratio", "person record p99, 1M / 10k", recordRatio, "");
        double worst = Math.max(createRatio, Math.max(byIdRatio, recordRatio));
        bench.results().target("At 1 million stored assessments, p99 of reads and creates within 1.5 times of the 10 thousand case",
                String.format("create x%.2f, by id x%.2f, record x%.2f", createRatio, byIdRatio, recordRatio), worst <= 1.5);
    }

    private static AtSize measure(Bench bench, BulkAssessments bulk, Creates.Found creates, Reads.Rates rates, String label)
            throws SQLException {
        String token = bench.api().token("pat.practitioner");
        String gateway = bench.gateway(CreateCalls.PATH);
        Wrk.Peak peak = bench.wrk().creates(gateway, token, creates.gatewayConnections(), Duration.ofSeconds(10));
        bench.results().figure(NAME, label + ".peak", label + ": create peak through the gateway (wrk, "
                + creates.gatewayConnections() + " connections)", peak.perSecond(), "/s");
        Latencies createLatency = OpenLoad.run(bench.load(), creates.halfPeakRate(), RUN, CreateCalls.to(gateway, token));
        bench.results().figure(NAME, label + ".create.p50", label + ": create at " + Math.round(creates.halfPeakRate()) + "/s, p50",
                createLatency.p50(), "ms");
        bench.results().figure(NAME, label + ".create.p99", label + ": create p99", createLatency.p99(), "ms");
        bench.results().figure(NAME, label + ".create.errors", label + ": create errors (of " + createLatency.calls() + ")",
                createLatency.errors(), "");
        if (!createLatency.errorKinds().isEmpty()) {
            bench.results().note(NAME + ", " + label + " creates: errors " + createLatency.errorKinds());
        }
        List<String> ids = bulk.sampleIds(2000);
        for (String plan : bulk.plans(ids.get(0), Bench.DEMO_PERSON)) {
            bench.results().note(NAME + ", " + label + ": " + plan);
        }
        Reads.Measured reads = Reads.run(bench, rates, ids, NAME, label + ".");
        return new AtSize(peak.perSecond(), createLatency, reads);
    }
}
