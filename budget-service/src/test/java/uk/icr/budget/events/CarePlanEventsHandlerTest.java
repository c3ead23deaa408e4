package uk.icr.budget.events;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static uk.icr.budget.BudgetFixtures.PATH;
import static uk.icr.budget.BudgetFixtures.manager;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.budget.BudgetFixtures;
import uk.icr.stack.test.EventContracts;
import uk.icr.stack.test.Eventually;
import uk.icr.stack.test.TestEvents;
import uk.icr.stack.test.TestNhsNumbers;

/** A budget follows its care plan, as the care plan topic announces it. */
@QuarkusTest
class CarePlanEventsHandlerTest {

    private static final String TOPIC = "icr.care-plans.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void anAgreedBudgetBecomesActiveWithItsPlanAndIsSuspendedWhenThePlanCloses() {
        String nhsNumber = TestNhsNumbers.random();
        UUID plan = UUID.randomUUID();
        String budget = agreedFor(nhsNumber, plan);

        activated(nhsNumber, plan, null);
        status(budget, "ACTIVE", 2);
        EventContracts.assertConforms(TestEvents.awaitEvent(BudgetEvents.TOPIC, budget, BudgetEvents.ACTIVATED));

        closed(nhsNumber, plan);
        status(budget, "SUSPENDED", 3);
        manager().get(PATH + "/{id}", budget).then().body("statusReason", equalTo("Its care plan (" + plan
                + ") was closed; resume it once a plan is in force."));
        // Reopening needs a command; with no plan in force the budget is agreed again, and can be spent.
        manager().header("If-Match", "\"3\"").post(PATH + "/{id}/resume", budget).then().statusCode(200)
                .body("status", equalTo("AGREED")).body("statusReason", nullValue());

        // The person's next plan, put in force later, takes over the budget of the plan that ended.
        UUID next = UUID.randomUUID();
        activated(nhsNumber, next, null);
        status(budget, "ACTIVE", 5);
        manager().get(PATH + "/{id}", budget).then().body("carePlanId", equalTo(next.toString()));
    }

    @Test
    void aPlanThatSupersedesAnotherTakesOverItsBudgetAndReactivatesIt() {
        String nhsNumber = TestNhsNumbers.random();
        UUID old = UUID.randomUUID();
        String budget = agreedFor(nhsNumber, old);
        activated(nhsNumber, old, null);
        status(budget, "ACTIVE", 2);

        // careplan-service closes the old plan, then announces the new one that supersedes it.
        UUID replacement = UUID.randomUUID();
        closed(nhsNumber, old);
        activated(nhsNumber, replacement, old);
        Eventually.assertThat(WAIT, () -> manager().get(PATH + "/{id}", budget).then().body("status", equalTo("ACTIVE"))
                .body("carePlanId", equalTo(replacement.toString())).body("version", equalTo(4)));
    }

    @Test
    void aBudgetAgreedWhileThePersonsPlanIsInForceIsLinkedAndActiveAtOnce() {
        String nhsNumber = TestNhsNumbers.random();
        UUID plan = UUID.randomUUID();
        activated(nhsNumber, plan, null);
        // The event is consumed asynchronously: try until the service knows of the plan.
        Eventually.assertThat(WAIT, () -> {
            String id = manager().body(BudgetFixtures.body(nhsNumber)).post(PATH).then().extract().path("id");
            manager().header("If-Match", "\"0\"").post(PATH + "/{id}/agree", id).then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).body("carePlanId", equalTo(plan.toString()))
                    .body("version", equalTo(2));
        });
    }

    @Test
    void aBudgetSuspendedByItsManagerStaysSuspendedWhenThePlanIsActivated() {
        String nhsNumber = TestNhsNumbers.random();
        UUID plan = UUID.randomUUID();
        String budget = agreedFor(nhsNumber, plan);
        manager().header("If-Match", "\"1\"").body("{\"reason\": \"Safeguarding concern about the direct payment.\"}")
                .post(PATH + "/{id}/suspend", budget).then().statusCode(200);
        String other = agreedFor(nhsNumber, plan);

        activated(nhsNumber, plan, null);
        status(other, "ACTIVE", 2);
        manager().get(PATH + "/{id}", budget).then().body("status", equalTo("SUSPENDED")).body("version", equalTo(2));
        manager().header("If-Match", "\"2\"").post(PATH + "/{id}/resume", budget).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    private static String agreedFor(String nhsNumber, UUID plan) {
        String body = BudgetFixtures.body(nhsNumber).replace("\"periodStart\"", "\"carePlanId\": \"" + plan + "\", \"periodStart\"");
        String id = manager().body(body).post(PATH).then().statusCode(201).extract().path("id");
        manager().header("If-Match", "\"0\"").post(PATH + "/{id}/agree", id).then().statusCode(200).body("status", equalTo("AGREED"));
        return id;
    }

    private static void status(String budget, String status, int version) {
        Eventually.assertThat(WAIT, () -> manager().get(PATH + "/{id}", budget).then().body("status", equalTo(status))
                .body("version", equalTo(version)));
    }

    private static void activated(String nhsNumber, UUID plan, UUID superseded) {
        TestEvents.sendCloudEvent(TOPIC, nhsNumber, CarePlanEventsHandler.ACTIVATED, plan.toString(), """
                {"carePlanId": "%s", "nhsNumber": "%s", "status": "ACTIVE", "coordinator": {"userId": "carol.coordinator"},
                 "needsMetBy": [{"metBy": "COUNCIL", "needs": 2}], "nextReviewDue": "2027-01-18", %s"version": 3,
                 "link": "/api/v1/care-plans/%s"}""".formatted(plan, nhsNumber,
                superseded == null ? "" : "\"supersededCarePlanId\": \"" + superseded + "\", ", plan));
    }

    private static void closed(String nhsNumber, UUID plan) {
        TestEvents.sendCloudEvent(TOPIC, nhsNumber, "uk.nhs.icr.care-plan.closed.v1", plan.toString(), """
                {"carePlanId": "%s", "nhsNumber": "%s", "status": "CLOSED", "version": 5, "link": "/api/v1/care-plans/%s"}
                """.formatted(plan, nhsNumber, plan));
    }
}
