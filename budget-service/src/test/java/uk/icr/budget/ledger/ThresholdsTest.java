package uk.icr.budget.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.icr.budget.BudgetFixtures.PATH;
import static uk.icr.budget.BudgetFixtures.agreed;
import static uk.icr.budget.BudgetFixtures.component;
import static uk.icr.budget.BudgetFixtures.entry;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.budget.events.BudgetEvents;
import uk.icr.stack.test.EventContracts;
import uk.icr.stack.test.TestEvents;
import uk.icr.stack.test.TestNhsNumbers;

/** 80 % and 100 % of an allocation: announced once per crossing, upwards. */
@QuarkusTest
class ThresholdsTest {

    @ParameterizedTest(name = "{0} -> {1} of 1000: {2}")
    @CsvSource({"0, 799, ''", "0, 800, SPENT_80_PERCENT", "799, 1000, SPENT_80_PERCENT SPENT_100_PERCENT",
            "800, 900, ''", "900, 1000, SPENT_100_PERCENT", "1000, 700, ''", "700, 850, SPENT_80_PERCENT"})
    void anEntryCrossesAThresholdOnlyWhenItTakesTheSpendOverIt(long before, long after, String expected) {
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(" ")), Thresholds.crossed(before, after, 1000));
    }

    @Test
    void eachCrossingIsPublishedOnceWithItsContract() {
        String budget = agreed(TestNhsNumbers.random());
        String nhs = component(budget, 1); // 5000 pence
        entry("SPEND", nhs, 3900, "THERAPY").post(PATH + "/{id}/entries", budget).then().statusCode(201);
        entry("SPEND", nhs, 200, "THERAPY").post(PATH + "/{id}/entries", budget).then().statusCode(201); // 4100: 82 %
        entry("SPEND", nhs, 100, "THERAPY").post(PATH + "/{id}/entries", budget).then().statusCode(201); // 4200
        entry("SPEND", nhs, 800, "THERAPY").post(PATH + "/{id}/entries", budget).then().statusCode(201); // 5000: 100 %

        TestEvents.awaitRecord(BudgetEvents.TOPIC, r -> budget.equals(TestEvents.header(r, "ce_subject"))
                && r.value().contains("SPENT_100_PERCENT"), Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> crossings = TestEvents.events(BudgetEvents.TOPIC, budget,
                BudgetEvents.THRESHOLD_CROSSED, Duration.ofSeconds(3));
        assertEquals(2, crossings.size(), crossings.toString());
        crossings.forEach(EventContracts::assertConforms);
        assertEquals(1, crossings.stream().filter(r -> r.value().contains("SPENT_80_PERCENT")).count());
    }

}
