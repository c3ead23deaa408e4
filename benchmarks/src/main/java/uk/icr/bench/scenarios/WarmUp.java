package uk.icr.bench.scenarios;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import uk.icr.bench.Bench;
import uk.icr.bench.load.HttpCall;
import uk.icr.bench.load.OpenLoad;

/**
 * Not measured: the calls the scenarios make, for long enough that the JIT has compiled their paths.
 * On two cores a freshly started service spends its first minutes compiling (JFR: the assessment-service used
 * as much CPU in its JIT compilers as in serving creates) and runs several times slower meanwhile.
 */
public final class WarmUp {

    private static final Duration EACH = Duration.ofSeconds(30);

    private WarmUp() {
    }

    public static void run(Bench bench) {
        String token = bench.api().token("pat.practitioner");
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        OpenLoad.run(bench.load(), 60, EACH, CreateCalls.to(bench.direct("assessment-service", CreateCalls.PATH), token),
                CreateCalls.keepIds(ids));
        OpenLoad.run(bench.load(), 60, EACH, CreateCalls.to(bench.gateway(CreateCalls.PATH), token), CreateCalls.keepIds(ids));
        OpenLoad.run(bench.load(), 60, EACH, () -> HttpCall.get(
                bench.gateway(CreateCalls.PATH + "/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size()))), token));
        OpenLoad.run(bench.load(), 20, EACH,
                () -> HttpCall.get(bench.gateway("/api/v1/people/" + Bench.DEMO_PERSON + "/record"), token));
    }
}
