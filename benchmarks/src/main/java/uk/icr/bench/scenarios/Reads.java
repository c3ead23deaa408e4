package uk.icr.bench.scenarios;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import uk.icr.bench.Bench;
import uk.icr.bench.load.HttpCall;
import uk.icr.bench.load.Latencies;
import uk.icr.bench.load.OpenLoad;

/**
 * Scenario 3: reads through the gateway at a fixed rate: an assessment by id (one service, one row), and
 * the person's record (four services in parallel, budgets with their balances).
 */
public final class Reads {

    public static final String NAME = "3. Reads through the gateway";
    private static final Duration RUN = Duration.ofSeconds(20);

    private Reads() {
    }

    /** The rates reads run at: by id as creates did, the record (five calls behind one) a fifth of it. */
    public record Rates(double byId, double record) {
        public static Rates from(Creates.Found creates) {
            return new Rates(Math.max(10, creates.halfPeakRate()), Math.max(5, Math.floor(creates.halfPeakRate() / 5)));
        }
    }

    /** The p99s measured, for the growth scenario to compare against. */
    public record Measured(Latencies byId, Latencies record) {
    }

    public static Measured run(Bench bench, Rates rates, List<String> ids, String scenario, String prefix) {
        String token = bench.api().token("pat.practitioner");
        Latencies byId = OpenLoad.run(bench.load(), rates.byId(), RUN, () -> HttpCall.get(
                bench.gateway(CreateCalls.PATH + "/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size()))), token));
        Latencies record = OpenLoad.run(bench.load(), rates.record(), RUN,
                () -> HttpCall.get(bench.gateway("/api/v1/people/" + Bench.DEMO_PERSON + "/record"), token));
        bench.results().figure(scenario, prefix + "byId.rate", "GET an assessment by id: rate", rates.byId(), "/s");
        Creates.latency(bench, scenario, prefix + "byId", byId);
        bench.results().figure(scenario, prefix + "record.rate", "GET a person's record: rate", rates.record(), "/s");
        Creates.latency(bench, scenario, prefix + "record", record);
        return new Measured(byId, record);
    }
}
