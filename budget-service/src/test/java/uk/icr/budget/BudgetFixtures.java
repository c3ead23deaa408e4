package uk.icr.budget;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.icr.kit.time.EnglandClock;
import uk.icr.stack.test.ResourceUnderTest;
import uk.icr.stack.test.TestTokens;

/** Budget bodies and callers for tests. */
public final class BudgetFixtures {

    public static final String PATH = "/api/v1/budgets";
    /** The main resource, as the shared convention and event tests exercise it. */
    public static final ResourceUnderTest RESOURCE = new ResourceUnderTest(PATH, "budget-manager",
            BudgetFixtures::body, "agree", "AGREED", null);

    /** The fixtures' budgets started 30 days ago, so today is inside their period. */
    public static final LocalDate START = LocalDate.now(EnglandClock.ENGLAND).minusDays(30);

    private BudgetFixtures() {
    }

    public static RequestSpecification manager() {
        return given().auth().oauth2(TestTokens.forRoles("bob.budgets", "budget-manager")).contentType(ContentType.JSON);
    }

    /** A council component (£120.00 cost: £20.00 contribution, £100.00 council share) and an NHS PHB of £50.00. */
    public static String body(String nhsNumber) {
        return """
                {"nhsNumber": "%s", "periodStart": "%s", "components": [
                  {"source": "COUNCIL_SOCIAL_CARE", "funder": "E08000026", "allocatedPence": 12000, "management": "THIRD_PARTY",
                   "costToCouncilPence": 12000, "assessedContributionPence": 2000, "councilSharePence": 10000},
                  {"source": "NHS_PERSONAL_HEALTH_BUDGET", "funder": "15F", "allocatedPence": 5000, "management": "NOTIONAL"}]}
                """.formatted(nhsNumber, START);
    }

    /** A proposed budget, agreed: AGREED at version 1, its allocations in the ledger. */
    public static String agreed(String nhsNumber) {
        String id = manager().body(body(nhsNumber)).post(PATH).then().statusCode(201).extract().path("id");
        manager().header("If-Match", "\"0\"").post(PATH + "/{id}/agree", id).then().statusCode(200);
        return id;
    }

    /** The id of the budget's component at {@code position}. */
    public static String component(String budgetId, int position) {
        return manager().get(PATH + "/{id}", budgetId).then().extract().path("components[" + position + "].id");
    }

    public static RequestSpecification entry(String type, String componentId, long pence, String category) {
        return manager().header("Idempotency-Key", UUID.randomUUID().toString()).body("""
                {"type": "%s", "componentId": "%s", "amountPence": %d, "occurredOn": "%s"%s}
                """.formatted(type, componentId, pence, LocalDate.now(EnglandClock.ENGLAND),
                category == null ? "" : ", \"category\": \"" + category + "\""));
    }
}
