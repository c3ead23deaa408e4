package uk.icr.budget.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.icr.budget.BudgetFixtures.PATH;
import static uk.icr.budget.BudgetFixtures.manager;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The local run's demo budgets load through the service and its ledger. */
@QuarkusTest
@TestProfile(DemoBudgetsTest.WithDemoData.class)
class DemoBudgetsTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("icr.demo-data.enabled", "true");
        }
    }

    @Test
    void theDemoPeopleHaveAnAgreedBudgetWithSpendsAndAnIndicativeOne() {
        // Other tests use the same well-known NHS numbers: find the demo budgets by what they hold.
        String agreed = manager().queryParam("nhsNumber", "9434765919").queryParam("status", "AGREED").queryParam("limit", 100)
                .get(PATH).then().statusCode(200).body("items.components[0].directPayment.frequency", hasItem("WEEKLY"))
                .extract().path("items.find { it.components[0].directPayment != null }.id");
        manager().get(PATH + "/{id}/balance", agreed).then().statusCode(200).body("allocatedPence", equalTo(1646000))
                .body("spentPence", equalTo(250500)).body("remainingPence", equalTo(1646000 - 250500));
        manager().queryParam("nhsNumber", "9990000050").queryParam("status", "INDICATIVE").get(PATH).then().statusCode(200)
                .body("items.components[0].source", hasItem("S117_AFTERCARE"));
    }
}
