package uk.icr.careplan.events;

import static org.hamcrest.Matchers.equalTo;
import static uk.icr.careplan.CarePlanFixtures.PATH;
import static uk.icr.careplan.CarePlanFixtures.complete;
import static uk.icr.careplan.CarePlanFixtures.coordinator;
import static uk.icr.careplan.CarePlanFixtures.create;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.stack.test.Eventually;
import uk.icr.stack.test.TestEvents;
import uk.icr.stack.test.TestNhsNumbers;

/** An agreed budget, announced on the budget topic, is what lets a council-funded plan be activated. */
@QuarkusTest
class BudgetEventsHandlerTest {

    @Test
    void anAgreedBudgetIsLinkedToThePersonsPlanAndLetsItBeActivated() {
        String nhsNumber = TestNhsNumbers.random();
        Map<String, Object> body = complete(nhsNumber);
        body.put("needs", List.of(Map.of("code", "PERSONAL_HYGIENE", "eligible", true, "metBy", "COUNCIL")));
        String id = create(body);
        coordinator().header("If-Match", "\"0\"").post(PATH + "/{id}/activate", id).then().statusCode(422);

        UUID budget = UUID.randomUUID();
        TestEvents.sendCloudEvent("icr.budgets.v1", nhsNumber, "uk.nhs.icr.budget.agreed.v1", budget.toString(),
                "{\"budgetId\": \"" + budget + "\", \"nhsNumber\": \"" + nhsNumber + "\", \"status\": \"AGREED\","
                        + " \"totalPence\": 17000, \"components\": [{\"componentId\": \"" + UUID.randomUUID() + "\","
                        + " \"source\": \"COUNCIL_SOCIAL_CARE\", \"management\": \"DIRECT_PAYMENT\", \"allocatedPence\": 12000},"
                        + " {\"componentId\": \"" + UUID.randomUUID() + "\", \"source\": \"NHS_PERSONAL_HEALTH_BUDGET\","
                        + " \"management\": \"NOTIONAL\", \"allocatedPence\": 5000}], \"periodStart\": \"2026-12-01\","
                        + " \"version\": 1, \"link\": \"/api/v1/budgets/" + budget + "\"}");
        Eventually.assertThat(Duration.ofSeconds(30), () -> coordinator().get(PATH + "/{id}", id).then()
                .body("budget.budgetId", equalTo(budget.toString())).body("budget.status", equalTo("AGREED"))
                .body("budget.totalPence", equalTo(17000))
                .body("budget.components[0].management", equalTo("DIRECT_PAYMENT")));

        coordinator().header("If-Match", "\"1\"").post(PATH + "/{id}/activate", id)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        coordinator().get(PATH + "/{id}/history", id).then().body("items[1].action", equalTo("BUDGET_UPDATED"))
                .body("items[1].changedBy", equalTo("system"));
    }
}
