package uk.icr.budget.ledger;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.icr.budget.BudgetFixtures.PATH;
import static uk.icr.budget.BudgetFixtures.component;
import static uk.icr.budget.BudgetFixtures.entry;
import static uk.icr.budget.BudgetFixtures.manager;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.budget.BudgetFixtures;
import uk.icr.budget.events.BudgetEvents;
import uk.icr.kit.time.EnglandClock;
import uk.icr.stack.test.EventContracts;
import uk.icr.stack.test.TestEvents;
import uk.icr.stack.test.TestNhsNumbers;

/** A projected underspend of more than 25 % at the period's end (pro rata): shown in the balance, announced once per crossing. */
@QuarkusTest
class UnderspendTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 1);

    @Inject
    UnderspendJob job;

    @ParameterizedTest(name = "spent {0} by {1}: projected {2}")
    @CsvSource({"100, 2027-01-01, 36500", "100, 2027-01-10, 3650", "3650, 2027-12-31, 3650", "3650, 2028-06-01, 3650",
            "0, 2027-07-01, 0"})
    void theSpendIsCarriedOnAtItsDailyRateToThePeriodsEnd(long spent, LocalDate today, long projected) {
        assertEquals(projected, Projection.spend(spent, START, START.plusDays(364), today));
    }

    @Test
    void thereIsNoProjectionWithoutAnEndOrBeforeTheStart() {
        assertNull(Projection.spend(100, START, null, START.plusDays(10)));
        assertNull(Projection.spend(100, START, START.plusDays(364), START.minusDays(1)));
    }

    @ParameterizedTest(name = "projected {0} of 1000: {1}")
    @CsvSource({"749, true", "750, false", "1000, false", "0, true"})
    void underspendingIsLeavingMoreThanAQuarterUnspent(long projected, boolean underspends) {
        assertEquals(underspends, Projection.underspends(projected, 1000));
    }

    @Test
    void eachCrossingIsAnnouncedOnceAndAgainAfterTheProjectionRecovers() {
        LocalDate today = LocalDate.now(EnglandClock.ENGLAND);
        LocalDate end = BudgetFixtures.START.plusDays(364);
        String body = BudgetFixtures.body(TestNhsNumbers.random()).replace("\"periodStart\"", "\"periodEnd\": \"" + end
                + "\", \"periodStart\"");
        String budget = manager().body(body).post(PATH).then().statusCode(201).extract().path("id");
        manager().header("If-Match", "\"0\"").post(PATH + "/{id}/agree", budget).then().statusCode(200);
        String council = component(budget, 0); // 12000 pence, nothing spent
        String nhs = component(budget, 1); // 5000 pence
        entry("SPEND", nhs, 100, "THERAPY").post(PATH + "/{id}/entries", budget).then().statusCode(201);
        long days = ChronoUnit.DAYS.between(BudgetFixtures.START, today) + 1;
        manager().get(PATH + "/{id}/balance", budget).then().statusCode(200)
                .body("components[1].projectedSpendPence", equalTo((int) (100 * 365 / days)))
                .body("projectedSpendPence", equalTo((int) (100 * 365 / days)));

        job.announce(today);
        job.announce(today); // still under: no second announcement
        entry("SPEND", nhs, 1000, "THERAPY").post(PATH + "/{id}/entries", budget).then().statusCode(201);
        job.announce(today); // recovered: the flag is released, nothing announced
        entry("REFUND", nhs, 1000, null).post(PATH + "/{id}/entries", budget).then().statusCode(201);
        job.announce(today); // under again: a new crossing

        TestEvents.awaitRecord(BudgetEvents.TOPIC, r -> budget.equals(TestEvents.header(r, "ce_subject"))
                && r.value().contains("\"balanceAfterPence\":4900") && r.value().contains("REFUND"), Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> crossings = TestEvents.events(BudgetEvents.TOPIC, budget,
                BudgetEvents.THRESHOLD_CROSSED, Duration.ofSeconds(3));
        crossings.forEach(EventContracts::assertConforms);
        assertEquals(1, crossings.stream().filter(r -> r.value().contains(council)).count(), crossings.toString());
        assertEquals(2, crossings.stream().filter(r -> r.value().contains(nhs)
                && r.value().contains(Thresholds.PROJECTED_UNDERSPEND)).count(), crossings.toString());
    }
}
