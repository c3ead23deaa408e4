package uk.icr.bench.scenarios;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import uk.icr.bench.Bench;
import uk.icr.bench.load.ClosedLoad;
import uk.icr.bench.load.HttpCall;

/**
 * Scenario 5: 64 callers posting 1p spends to the same budget component through the gateway, each sending
 * its next as soon as the last is answered. Afterwards the ledger must account for every acknowledged
 * spend exactly once (a spend left unanswered is settled by retrying it with its Idempotency-Key), and its
 * entries must add up to the balance.
 */
public final class MoneyUnderContention {

    public static final String NAME = "5. Money under contention (64 callers, one budget)";
    private static final int CALLERS = 64;
    private static final Duration RUN = Duration.ofSeconds(20);

    private MoneyUnderContention() {
    }

    public static void run(Bench bench) throws InterruptedException {
        String token = bench.api().token("bob.budgets");
        JsonNode budget = activeBudget(bench, token);
        String budgetId = budget.get("id").asText();
        String balanceUrl = bench.gateway("/api/v1/budgets/" + budgetId + "/balance");
        JsonNode before = bench.api().get(balanceUrl, token, 200).json();
        String componentId = richestComponent(before);
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        String body = "{\"type\": \"SPEND\", \"componentId\": \"" + componentId + "\", \"amountPence\": 1, \"occurredOn\": \""
                + today + "\", \"category\": \"PERSONAL_CARE\", \"supplier\": \"Benchmark Home Care Ltd\"}";
        String entries = bench.gateway("/api/v1/budgets/" + budgetId + "/entries");

        ClosedLoad.Outcome outcome = ClosedLoad.run(bench.load(), CALLERS, RUN,
                () -> HttpCall.post(entries, token, Map.of("Idempotency-Key", UUID.randomUUID().toString()), body, 201));

        // A caller left without an answer (a timeout, a 503) cannot know whether its spend was made; as a council
        // system would, it asks again with the same Idempotency-Key, and the answer settles it either way.
        long settledOnRetry = outcome.failed().stream().filter(call -> bench.api().retry(call) == 201).count();
        long acknowledged = outcome.succeeded() + settledOnRetry;

        JsonNode after = bench.api().get(balanceUrl, token, 200).json();
        long spentDelta = after.get("spentPence").asLong() - before.get("spentPence").asLong();
        long ledgerSum = ledgerSum(bench, entries, token);
        boolean accounted = spentDelta == acknowledged;
        boolean balances = ledgerSum == after.get("remainingPence").asLong()
                && after.get("remainingPence").asLong() == after.get("allocatedPence").asLong() - after.get("spentPence").asLong();

        bench.results().figure(NAME, "throughput", "spends acknowledged a second", outcome.latencies().throughput(), "/s");
        bench.results().figure(NAME, "p50", "p50", outcome.latencies().p50(), "ms");
        bench.results().figure(NAME, "p99", "p99", outcome.latencies().p99(), "ms");
        bench.results().figure(NAME, "acknowledged", "spends acknowledged (201)", outcome.succeeded(), "");
        bench.results().figure(NAME, "refused", "spends refused or unanswered", outcome.latencies().errors(), "");
        bench.results().figure(NAME, "settledOnRetry", "of those, acknowledged when retried with the same Idempotency-Key",
                settledOnRetry, "");
        if (!outcome.latencies().errorKinds().isEmpty()) {
            bench.results().note(NAME + ": errors " + outcome.latencies().errorKinds());
        }
        bench.results().figure(NAME, "spentDelta", "spent afterwards minus before", spentDelta, "p");
        bench.results().figure(NAME, "ledgerSum", "sum of every ledger entry", ledgerSum, "p");
        bench.results().figure(NAME, "remaining", "balance remaining afterwards", after.get("remainingPence").asLong(), "p");
        bench.results().figure(NAME, "ledgerBalances", "ledger balances (every acknowledged spend once, entries = balance)",
                accounted && balances ? 1 : 0, "(1 = yes)");
        if (!accounted || !balances) {
            bench.results().note("The ledger did NOT balance after scenario 5: spent rose by " + spentDelta + "p for "
                    + acknowledged + " acknowledged 1p spends; entries sum to " + ledgerSum + "p, remaining "
                    + after.get("remainingPence").asLong() + "p.");
        }
    }

    private static JsonNode activeBudget(Bench bench, String token) {
        for (JsonNode budget : bench.api().get(bench.gateway("/api/v1/budgets?nhsNumber=" + Bench.DEMO_PERSON), token, 200)
                .json().get("items")) {
            if (Set.of("ACTIVE", "AGREED").contains(budget.path("status").asText())) { // the states that take spends
                return budget;
            }
        }
        throw new IllegalStateException("The demo person " + Bench.DEMO_PERSON + " has no budget that takes spends");
    }

    private static String richestComponent(JsonNode balance) {
        JsonNode richest = null;
        for (JsonNode line : balance.get("components")) {
            if (richest == null || line.get("remainingPence").asLong() > richest.get("remainingPence").asLong()) {
                richest = line;
            }
        }
        return richest.get("componentId").asText();
    }

    /** Every entry of the budget's ledger, page by page, summed (signed: spends are negative). */
    private static long ledgerSum(Bench bench, String entries, String token) {
        long sum = 0;
        String cursor = null;
        do {
            JsonNode page = bench.api().get(entries + "?limit=100" + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)), token, 200).json();
            for (JsonNode entry : page.get("items")) {
                sum += entry.get("amountPence").asLong();
            }
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return sum;
    }
}
