package uk.icr.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import uk.icr.bench.api.Api;
import uk.icr.stack.test.TestNhsNumbers;
import uk.icr.bench.load.LoadClient;
import uk.icr.bench.load.Wrk;
import uk.icr.bench.results.Quiet;
import uk.icr.bench.results.Results;
import uk.icr.bench.scenarios.Creates;
import uk.icr.bench.scenarios.DatabaseCeiling;
import uk.icr.bench.scenarios.EventPropagation;
import uk.icr.bench.scenarios.Growth;
import uk.icr.bench.scenarios.MoneyUnderContention;
import uk.icr.bench.scenarios.Reads;
import uk.icr.bench.scenarios.StartAndMemory;
import uk.icr.bench.scenarios.WarmUp;
import uk.icr.stack.run.LocalStackMain;

/**
 * Starts the suite as ./run.sh does, runs the scenarios in order (all, or the numbers given as
 * arguments), and writes the results, whatever failed on the way: a failed scenario is a note in them.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Set<Integer> only = Arrays.stream(args).map(Integer::valueOf).collect(Collectors.toSet());
        Path home = Path.of(System.getProperty("icr.home", ".")).toAbsolutePath().normalize();
        Path target = home.resolve("benchmarks/target");
        Results results = new Results();
        List<String> failed = new ArrayList<>();
        System.out.println("Starting the suite ...");
        LocalStackMain.Running started;
        try {
            started = LocalStackMain.start(home, home.resolve("local-stack/target/keycloak"), target.resolve("stack-logs"));
        } catch (IOException | RuntimeException e) {
            // No results at all rather than empty ones over the last run's.
            System.err.println("The suite did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        try (LocalStackMain.Running stack = started; LoadClient load = new LoadClient(512)) {
            // Ctrl-C stops the suite too, not only the end of the run.
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "icr-bench-stop"));
            Path work = target.resolve("work");
            Bench bench = new Bench(stack, new Api(stack.keycloakUrl()), load, new Wrk(work), results, work);
            Scenarios scenarios = new Scenarios(bench, only, failed);
            scenarios.run(6, StartAndMemory.NAME, () -> StartAndMemory.run(bench));
            double ceiling = scenarios.value(1, DatabaseCeiling.NAME, () -> DatabaseCeiling.run(bench), Double.NaN);
            if (only.isEmpty() || only.stream().anyMatch(n -> n >= 2 && n <= 7)) {
                scenarios.run(0, "Warm-up (not measured)", () -> WarmUp.run(bench));
            }
            Creates.Found creates = scenarios.value(2, Creates.NAME, () -> Creates.run(bench, ceiling), null);
            if (creates == null && (only.isEmpty() || only.contains(3) || only.contains(7))) {
                creates = fallback(bench);
            }
            Reads.Rates rates = creates == null ? null : Reads.Rates.from(creates);
            List<String> ids = creates == null ? List.of() : creates.createdIds();
            scenarios.run(3, Reads.NAME, () -> Reads.run(bench, rates, ids, Reads.NAME, ""));
            scenarios.run(4, EventPropagation.NAME, () -> EventPropagation.run(bench));
            scenarios.run(5, MoneyUnderContention.NAME, () -> MoneyUnderContention.run(bench));
            Creates.Found found = creates;
            scenarios.run(7, Growth.NAME, () -> Growth.run(bench, found, rates));
        } finally {
            failed.forEach(results::note);
            if (only.isEmpty()) {
                results.write(home.resolve("benchmarks/results"), "latest", home.resolve("README.md"));
                System.out.println("\nResults: benchmarks/results/latest.md and latest.json (and the table in README.md)");
            } else {
                // Some scenarios only: never mistaken for a whole run.
                results.write(home.resolve("benchmarks/results"), "partial", null);
                System.out.println("\nResults: benchmarks/results/partial.md and partial.json");
            }
        }
        System.exit(failed.isEmpty() ? 0 : 1);
    }

    /** Without scenario 2: a modest rate, and a few hundred assessments to read. */
    private static Creates.Found fallback(Bench bench) {
        String token = bench.api().token("pat.practitioner");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(bench.api().post(bench.gateway("/api/v1/assessments"), token, java.util.Map.of("Idempotency-Key",
                    UUID.randomUUID().toString()), "{\"nhsNumber\": \"" + TestNhsNumbers.random()
                    + "\", \"type\": \"JOINT_HEALTH_AND_SOCIAL_CARE\"}", 201).json().get("id").asText());
        }
        return new Creates.Found(50, 32, ids);
    }

    /** Runs the chosen scenarios, each on its own: one failing is written down and the rest still run. */
    private record Scenarios(Bench bench, Set<Integer> only, List<String> failed) {

        interface Step {
            void run() throws Exception;
        }

        interface Valued<T> {
            T run() throws Exception;
        }

        void run(int number, String name, Step step) {
            value(number, name, () -> {
                step.run();
                return null;
            }, null);
        }

        <T> T value(int number, String name, Valued<T> step, T otherwise) {
            if (number > 0 && !only.isEmpty() && !only.contains(number)) {
                return otherwise;
            }
            System.out.println("\n== " + name);
            long started = System.nanoTime();
            try {
                System.out.printf("   (machine %.0f %% idle when it began)%n", Quiet.await() * 100);
                T value = step.run();
                System.out.printf("   (%.0f s)%n", (System.nanoTime() - started) / 1e9);
                return value;
            } catch (Exception | AssertionError e) {
                e.printStackTrace();
                failed.add("Scenario \"" + name + "\" failed: " + e);
                return otherwise;
            }
        }
    }
}
