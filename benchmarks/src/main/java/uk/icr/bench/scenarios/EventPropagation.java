package uk.icr.bench.scenarios;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;


import uk.icr.bench.Bench;
import uk.icr.bench.api.Api;
import uk.icr.stack.test.TestNhsNumbers;
import uk.icr.bench.load.HttpCall;

/**
 * Scenario 4: eligible assessments completed at a fixed rate (each for a new person); for each, the time
 * from the complete call's answer to the care plan service's draft being readable through the gateway,
 * and to CarePlanDrafted being on Kafka (a consumer of icr.care-plans.v1 in this process).
 */
public final class EventPropagation {

    public static final String NAME = "4. Event propagation (assessment completed -> draft care plan)";
    private static final String DRAFTED = "uk.nhs.icr.care-plan.drafted.v1";
    private static final String COMPLETED = "uk.nhs.icr.assessment.completed.v1";
    private static final double RATE = 5;
    private static final int COUNT = 100;
    private static final int WARM_UP = 20;
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(30);

    private EventPropagation() {
    }

    public static void run(Bench bench) throws InterruptedException, java.util.concurrent.ExecutionException {
        String practitioner = bench.api().token("pat.practitioner");
        String coordinator = bench.api().token("cara.coordinator");
        List<Ready> ready = prepare(bench, practitioner, COUNT + WARM_UP);
        // Earlier scenarios left thousands of AssessmentCreated events for the care plan service to read: measured
        // behind that backlog, propagation would time the backlog. Its drain is a figure of its own.
        Duration drain = ConsumerLag.awaitCaughtUp(bench.stack().kafkaBootstrapServers(), "careplan-service",
                "icr.assessments.v1", Duration.ofMinutes(5));
        bench.results().figure(NAME, "backlogSeconds", "wait for the care plan service to catch up on earlier events",
                drain.toMillis() / 1000.0, "s");
        // The first completions, unmeasured, warm the care plan service's handler up.
        for (Ready one : ready.subList(0, WARM_UP)) {
            bench.api().post(bench.gateway(CreateCalls.PATH + "/" + one.id + "/complete"), practitioner,
                    Map.of("If-Match", one.etag), "{}", 200);
        }
        Thread.sleep(3_000);
        ready = ready.subList(WARM_UP, ready.size());

        Map<String, Long> answered = new ConcurrentHashMap<>();
        Map<String, Long> readable = new ConcurrentHashMap<>();
        Map<String, Long> onKafka = new ConcurrentHashMap<>();
        Map<String, Long> completedOnKafka = new ConcurrentHashMap<>();
        ScheduledExecutorService pollers = Executors.newScheduledThreadPool(2);
        String bootstrap = bench.stack().kafkaBootstrapServers();
        try (KafkaWatch drafts = new KafkaWatch(bootstrap, "icr.care-plans.v1", DRAFTED, onKafka);
             KafkaWatch completions = new KafkaWatch(bootstrap, "icr.assessments.v1", COMPLETED, completedOnKafka)) {
            long start = System.nanoTime();
            for (int i = 0; i < ready.size(); i++) {
                long due = start + Math.round(i * 1e9 / RATE);
                LockSupport.parkNanos(due - System.nanoTime());
                Ready one = ready.get(i);
                bench.load().send(HttpCall.post(bench.gateway(CreateCalls.PATH + "/" + one.id + "/complete"), practitioner,
                        Map.of("If-Match", one.etag), "{}", 200), (answer, failure) -> {
                            if (failure == null && answer.status() == 200) {
                                long at = System.nanoTime();
                                answered.put(one.nhsNumber, at);
                                poll(bench, pollers, coordinator, one.nhsNumber, at, readable);
                            }
                        });
            }
            long deadline = System.nanoTime() + GIVE_UP_NANOS;
            while ((readable.size() < answered.size() || onKafka.size() < answered.size()) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            pollers.shutdownNow();
        }
        report(bench, ready.size(), answered, readable, onKafka, completedOnKafka);
    }

    /** An eligible assessment, started, with every finding recorded: one call from complete. */
    private record Ready(String id, String nhsNumber, String etag) {
    }

    private static List<Ready> prepare(Bench bench, String token, int count) {
        String template = Api.fixture("eligible-assessment.json");
        List<Ready> ready = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String nhs = TestNhsNumbers.random();
            Api.Answer created = bench.api().post(bench.gateway(CreateCalls.PATH), token, Map.of(),
                    template.replace("NHS_NUMBER", nhs), 201);
            String id = created.json().get("id").asText();
            Api.Answer started = bench.api().post(bench.gateway(CreateCalls.PATH + "/" + id + "/start"), token,
                    Map.of("If-Match", created.header("ETag")), null, 200);
            ready.add(new Ready(id, nhs, started.header("ETag")));
        }
        return ready;
    }

    /** Asks for the person's care plans every 5 ms until the draft shows (or 30 s pass). */
    private static void poll(Bench bench, ScheduledExecutorService pollers, String token, String nhs, long since,
            Map<String, Long> readable) {
        bench.load().send(HttpCall.get(bench.gateway("/api/v1/care-plans?nhsNumber=" + nhs), token), (answer, failure) -> {
            if (failure == null && answer.status() == 200 && hasItems(answer)) {
                readable.put(nhs, System.nanoTime());
            } else if (System.nanoTime() - since < GIVE_UP_NANOS) {
                pollers.schedule(() -> poll(bench, pollers, token, nhs, since, readable), 5, TimeUnit.MILLISECONDS);
            }
        });
    }

    private static boolean hasItems(uk.icr.bench.load.LoadClient.Answer answer) {
        try {
            return Api.json().readTree(answer.body().getBytes()).path("items").size() > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void report(Bench bench, int completed, Map<String, Long> answered, Map<String, Long> readable,
            Map<String, Long> onKafka, Map<String, Long> completedOnKafka) {
        Histogram api = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        Histogram kafka = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        Histogram firstHop = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        answered.forEach((nhs, at) -> {
            if (completedOnKafka.containsKey(nhs)) {
                firstHop.recordValue(Math.max(0, (completedOnKafka.get(nhs) - at) / 1000));
            }
            if (readable.containsKey(nhs)) {
                api.recordValue(Math.max(0, (readable.get(nhs) - at) / 1000));
            }
            if (onKafka.containsKey(nhs)) {
                kafka.recordValue(Math.max(0, (onKafka.get(nhs) - at) / 1000));
            }
        });
        bench.results().figure(NAME, "rate", "completions a second", RATE, "/s");
        bench.results().figure(NAME, "completed", "assessments completed", answered.size(), "of " + completed);
        bench.results().figure(NAME, "api.p50", "to the draft readable through the API: p50", ms(api, 50), "ms");
        bench.results().figure(NAME, "api.p99", "to the draft readable through the API: p99", ms(api, 99), "ms");
        bench.results().figure(NAME, "api.missing", "drafts never readable (30 s)", answered.size() - api.getTotalCount(), "");
        bench.results().figure(NAME, "kafka.p50", "to CarePlanDrafted on Kafka: p50", ms(kafka, 50), "ms");
        bench.results().figure(NAME, "kafka.p99", "to CarePlanDrafted on Kafka: p99", ms(kafka, 99), "ms");
        bench.results().figure(NAME, "kafka.missing", "CarePlanDrafted never seen (30 s)", answered.size() - kafka.getTotalCount(), "");
        // Where the time goes: the assessment service's outbox relay (first hop), then the care plan service.
        bench.results().figure(NAME, "completed.p50", "(first hop) to AssessmentCompleted on Kafka: p50", ms(firstHop, 50), "ms");
        bench.results().figure(NAME, "completed.p99", "(first hop) to AssessmentCompleted on Kafka: p99", ms(firstHop, 99), "ms");
        double worst = Math.max(ms(api, 99), ms(kafka, 99));
        boolean all = api.getTotalCount() == answered.size() && kafka.getTotalCount() == answered.size() && answered.size() == completed;
        bench.results().target("Event propagation p99 under 100 ms",
                String.format("API p99 %.1f ms, Kafka p99 %.1f ms%s", ms(api, 99), ms(kafka, 99), all ? "" : " (some missing)"),
                worst < 100 && all);
    }

    private static double ms(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(percentile) / 1000.0;
    }
}
