package uk.icr.budget.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.icr.budget.BudgetFixtures.PATH;
import static uk.icr.budget.BudgetFixtures.agreed;
import static uk.icr.budget.BudgetFixtures.component;
import static uk.icr.budget.BudgetFixtures.entry;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import uk.icr.stack.test.TestNhsNumbers;

/**
 * Many clients post spends and refunds against one component at once. Afterwards the ledger adds up to the
 * balance, nothing went below zero, every acknowledged entry exists once and no refused one exists.
 */
@QuarkusTest
class LedgerConcurrencyTest {

    private static final int CLIENTS = 16;
    private static final int POSTINGS = 80;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void concurrentSpendsNeverOverdrawAndEveryAnswerMatchesTheLedger() throws Exception {
        String budget = agreed(TestNhsNumbers.random());
        String component = component(budget, 1); // the NHS component: 5000 pence
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        long[] expected = {5000};
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < POSTINGS; i++) {
            boolean refund = i % 5 == 4;
            calls.add(clients.submit(() -> {
                go.await();
                ExtractableResponse<Response> answer = (refund ? entry("REFUND", component, 100, null)
                        : entry("SPEND", component, 300, "THERAPY")).post(PATH + "/{id}/entries", budget).then().extract();
                statuses.add(answer.statusCode());
                if (answer.statusCode() == 201) {
                    acknowledged.add(answer.path("id"));
                    synchronized (expected) {
                        expected[0] += refund ? 100 : -300;
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> call : calls) {
            call.get(2, TimeUnit.MINUTES);
        }
        clients.shutdown();

        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 422), "only 201 and 422: " + statuses);
        assertTrue(statuses.contains(422), "the component ran out, so some spends were refused");
        try (var connection = dataSource.getConnection(); var query = connection.prepareStatement(
                "select (select coalesce(sum(amount_pence), 0) from budget.ledger_entry where component_id = ?::uuid),"
                        + " (select min(balance_after_pence) from budget.ledger_entry where component_id = ?::uuid),"
                        + " (select balance_pence from budget.budget_component where id = ?::uuid),"
                        + " (select count(*) from budget.ledger_entry where component_id = ?::uuid and type <> 'ALLOCATION'),"
                        + " (select count(distinct id) from budget.ledger_entry where id = any(?::uuid[]))")) {
            for (int i = 1; i <= 4; i++) {
                query.setString(i, component);
            }
            query.setArray(5, connection.createArrayOf("uuid", acknowledged.stream().map(UUID::fromString).toArray()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long ledgerSum = row.getLong(1);
                assertEquals(expected[0], ledgerSum, "the ledger sums to what the acknowledged answers add up to");
                assertTrue(row.getLong(2) >= 0, "no entry left a negative balance");
                assertEquals(ledgerSum, row.getLong(3), "the cached balance is the ledger's sum");
                assertEquals(acknowledged.size(), row.getLong(4), "no refused entry was recorded");
                assertEquals(acknowledged.size(), row.getLong(5), "every acknowledged entry exists, once");
            }
        }
    }
}
