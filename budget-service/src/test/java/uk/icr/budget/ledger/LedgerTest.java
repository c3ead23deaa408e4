package uk.icr.budget.ledger;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.icr.budget.BudgetFixtures.PATH;
import static uk.icr.budget.BudgetFixtures.agreed;
import static uk.icr.budget.BudgetFixtures.component;
import static uk.icr.budget.BudgetFixtures.entry;
import static uk.icr.budget.BudgetFixtures.manager;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.budget.BudgetFixtures;
import uk.icr.stack.test.TestNhsNumbers;

/** Posting entries: the rules a single posting meets. Concurrency is in {@link LedgerConcurrencyTest}. */
@QuarkusTest
class LedgerTest {

    @Test
    void agreeingAllocatesEachComponentAndSpendsComeOffItsBalance() {
        String budget = agreed(TestNhsNumbers.random());
        String council = component(budget, 0);
        entry("SPEND", council, 4500, "PERSONAL_ASSISTANT_WAGES").post(PATH + "/{id}/entries", budget)
                .then().statusCode(201).body("amountPence", equalTo(-4500)).body("balanceAfterPence", equalTo(7500))
                .body("recordedBy", equalTo("bob.budgets"));
        entry("REFUND", council, 500, null).post(PATH + "/{id}/entries", budget)
                .then().statusCode(201).body("balanceAfterPence", equalTo(8000));
        manager().get(PATH + "/{id}/balance", budget).then().statusCode(200)
                .body("allocatedPence", equalTo(17000)).body("spentPence", equalTo(4000))
                .body("remainingPence", equalTo(13000))
                .body("components[0].remainingPence", equalTo(8000)).body("components[1].remainingPence", equalTo(5000));
        manager().get(PATH + "/{id}", budget).then().body("components[0].balancePence", equalTo(8000))
                .body("components[0].spentPence", equalTo(4000));
    }

    @Test
    void aSpendBeyondTheBalanceIsRefusedWithWhatIsAvailable() {
        String budget = agreed(TestNhsNumbers.random());
        String nhs = component(budget, 1);
        entry("SPEND", nhs, 5001, "THERAPY").post(PATH + "/{id}/entries", budget)
                .then().statusCode(422).body("type", equalTo(Ledger.INSUFFICIENT))
                .body("detail", org.hamcrest.Matchers.containsString("5000 pence is available"));
        entry("SPEND", nhs, 5000, "THERAPY").post(PATH + "/{id}/entries", budget)
                .then().statusCode(201).body("balanceAfterPence", equalTo(0));
        // Amounts beyond any real budget are refused before any arithmetic could overflow.
        entry("REFUND", nhs, Long.MAX_VALUE, null).post(PATH + "/{id}/entries", budget)
                .then().statusCode(400).body("errors[0].field", equalTo("amountPence"));
    }

    @Test
    void nhsMoneyCannotPayForExcludedCategoriesButCouncilMoneyIsNotBoundByThatRule() {
        String budget = agreed(TestNhsNumbers.random());
        for (String category : new String[] {"ALCOHOL", "TOBACCO", "GAMBLING", "DEBT_REPAYMENT", "EMERGENCY_CARE", "GP_SERVICES"}) {
            entry("SPEND", component(budget, 1), 100, category).post(PATH + "/{id}/entries", budget)
                    .then().statusCode(422).body("type", equalTo(Ledger.EXCLUDED));
        }
        entry("SPEND", component(budget, 0), 100, "DEBT_REPAYMENT").post(PATH + "/{id}/entries", budget)
                .then().statusCode(201);
    }

    @Test
    void aReplayedPostingChangesNothingAndAReusedKeyForAnotherEntryIsRefused() {
        String budget = agreed(TestNhsNumbers.random());
        String council = component(budget, 0);
        String key = UUID.randomUUID().toString();
        String body = "{\"type\": \"SPEND\", \"componentId\": \"" + council + "\", \"amountPence\": 1000,"
                + " \"occurredOn\": \"" + java.time.LocalDate.now(uk.icr.kit.time.EnglandClock.ENGLAND)
                + "\", \"category\": \"RESPITE\"}";
        String first = manager().header("Idempotency-Key", key).body(body).post(PATH + "/{id}/entries", budget)
                .then().statusCode(201).extract().path("id");
        String again = manager().header("Idempotency-Key", key).body(body).post(PATH + "/{id}/entries", budget)
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        manager().header("Idempotency-Key", key).body(body.replace("1000", "2000")).post(PATH + "/{id}/entries", budget)
                .then().statusCode(422).body("type", equalTo("urn:icr:problem:idempotency-key-reused"));
        manager().body(body).post(PATH + "/{id}/entries", budget).then().statusCode(400)
                .body("type", equalTo("urn:icr:problem:idempotency-key-required"));
        manager().get(PATH + "/{id}/balance", budget).then().body("components[0].remainingPence", equalTo(11000));
    }

    @Test
    void aSuspendedOrClosedBudgetTakesNoEntries() {
        String budget = agreed(TestNhsNumbers.random());
        String council = component(budget, 0);
        manager().header("If-Match", "\"1\"").body("{\"reason\": \"Direct payment account under review.\"}")
                .post(PATH + "/{id}/suspend", budget).then().statusCode(200).body("status", equalTo("SUSPENDED"));
        entry("SPEND", council, 100, "RESPITE").post(PATH + "/{id}/entries", budget)
                .then().statusCode(409).body("type", equalTo(Ledger.NOT_SPENDABLE));
        manager().header("If-Match", "\"2\"").body("{\"reason\": \"The person moved away.\"}")
                .post(PATH + "/{id}/close", budget).then().statusCode(200);
        entry("REFUND", council, 100, null).post(PATH + "/{id}/entries", budget).then().statusCode(409);
        String proposed = manager().body(BudgetFixtures.body(TestNhsNumbers.random())).post(PATH)
                .then().statusCode(201).extract().path("id");
        entry("SPEND", component(proposed, 0), 100, "RESPITE").post(PATH + "/{id}/entries", proposed).then().statusCode(409);
    }

    @Test
    void theLedgerReadsBackByComponentAndTheStatementShowsWhereTheMoneyComesFrom() {
        String budget = agreed(TestNhsNumbers.random());
        String council = component(budget, 0);
        entry("SPEND", council, 700, "RESPITE").post(PATH + "/{id}/entries", budget).then().statusCode(201);
        entry("SPEND", component(budget, 1), 300, "THERAPY").post(PATH + "/{id}/entries", budget).then().statusCode(201);
        manager().queryParam("component", council).get(PATH + "/{id}/entries", budget).then().statusCode(200)
                .body("items.type", org.hamcrest.Matchers.contains("ALLOCATION", "SPEND"))
                .body("items.amountPence", org.hamcrest.Matchers.contains(12000, -700));
        var first = manager().queryParam("limit", 2).get(PATH + "/{id}/entries", budget).then().extract();
        manager().queryParam("limit", 2).queryParam("cursor", (String) first.path("nextCursor"))
                .get(PATH + "/{id}/entries", budget).then().body("items.amountPence", org.hamcrest.Matchers.contains(-700, -300))
                .body("nextCursor", org.hamcrest.Matchers.nullValue());
        manager().get(PATH + "/{id}/statement", budget).then().statusCode(200)
                .body("costToCouncilPence", equalTo(12000)).body("assessedContributionPence", equalTo(2000))
                .body("councilSharePence", equalTo(10000))
                .body("otherPublicMoney[0].source", equalTo("NHS_PERSONAL_HEALTH_BUDGET"))
                .body("otherPublicMoney[0].allocatedPence", equalTo(5000)).body("totalPence", equalTo(17000));
    }

    @Test
    void councilFiguresThatDoNotAddUpAreRefused() {
        String body = BudgetFixtures.body(TestNhsNumbers.random()).replace("\"assessedContributionPence\": 2000",
                "\"assessedContributionPence\": 2500");
        manager().body(body).post(PATH).then().statusCode(422)
                .body("type", equalTo("urn:icr:problem:council-figures-do-not-add-up"))
                .body("errors[0].field", equalTo("components[0].costToCouncilPence"));
        assertTrue(body.contains("2500"));
    }
}
