package uk.icr.careplan.activation;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.icr.careplan.CarePlanFixtures.PATH;
import static uk.icr.careplan.CarePlanFixtures.active;
import static uk.icr.careplan.CarePlanFixtures.complete;
import static uk.icr.careplan.CarePlanFixtures.coordinator;
import static uk.icr.careplan.CarePlanFixtures.create;
import static uk.icr.careplan.CarePlanFixtures.practitioner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.kit.time.EnglandClock;
import uk.icr.stack.test.TestNhsNumbers;

/** Activation: complete plans only, one plan in force per person, whatever the timing. */
@QuarkusTest
class CarePlanActivationTest {

    @Test
    void anIncompletePlanIsRefusedWithEveryMissingPartThenAcceptedOnceComplete() {
        String nhsNumber = TestNhsNumbers.random();
        String id = create(Map.of("nhsNumber", nhsNumber, "needs", List.of(
                Map.of("code", "PERSONAL_HYGIENE", "eligible", true, "metBy", "COUNCIL"))));
        coordinator().header("If-Match", "\"0\"").post(PATH + "/{id}/activate", id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:icr:problem:care-plan-incomplete"))
                .body("errors.field", containsInAnyOrder("coordinator", "goals", "contingencyPlans", "agreement", "budget",
                        "periodStart"));

        Map<String, Object> rest = complete(nhsNumber);
        rest.remove("nhsNumber");
        coordinator().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(rest)
                .patch(PATH + "/{id}", id).then().statusCode(200);
        coordinator().header("If-Match", "\"1\"").post(PATH + "/{id}/activate", id)
                .then().statusCode(200).header("ETag", "\"2\"").body("status", equalTo("ACTIVE"))
                .body("nextReviewDue", equalTo(LocalDate.now(EnglandClock.ENGLAND).plusWeeks(8).toString()));
    }

    @Test
    void aNeedMetByTheCouncilNeedsAnAgreedBudget() {
        Map<String, Object> body = complete(TestNhsNumbers.random());
        body.put("needs", List.of(Map.of("code", "NUTRITION", "eligible", true, "metBy", "NHS",
                "throughPersonalHealthBudget", true)));
        String id = create(body);
        coordinator().header("If-Match", "\"0\"").post(PATH + "/{id}/activate", id)
                .then().statusCode(422).body("errors.field", containsInAnyOrder("budget"));
    }

    @Test
    void aSecondPlanInForceIsRefusedUnlessItSupersedesTheFirst() {
        String nhsNumber = TestNhsNumbers.random();
        String first = active(nhsNumber);
        String second = create(complete(nhsNumber));
        coordinator().header("If-Match", "\"0\"").post(PATH + "/{id}/activate", second)
                .then().statusCode(409).body("type", equalTo("urn:icr:problem:care-plan-already-in-force"));
        coordinator().get(PATH + "/{id}", first).then().body("status", equalTo("ACTIVE"));

        coordinator().header("If-Match", "\"0\"").queryParam("supersede", true).post(PATH + "/{id}/activate", second)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        coordinator().get(PATH + "/{id}", first).then().body("status", equalTo("CLOSED"))
                .body("statusReason", equalTo("Superseded by care plan " + second + "."));
    }

    @Test
    void concurrentActivationsPutOnlyOnePlanInForce() throws Exception {
        String nhsNumber = TestNhsNumbers.random();
        List<String> drafts = List.of(create(complete(nhsNumber)), create(complete(nhsNumber)));
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (String id : drafts) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return coordinator().header("If-Match", "\"0\"").post(PATH + "/{id}/activate", id).then().extract().statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> call : calls) {
            statuses.add(call.get());
        }
        statuses.sort(null);
        assertEquals(List.of(200, 409), statuses);
        coordinator().queryParam("nhsNumber", nhsNumber).queryParam("status", "ACTIVE").get(PATH)
                .then().body("items.size()", equalTo(1));
    }

    @Test
    void onlyTheCareCoordinatorActivatesAndCloses() {
        String id = create(complete(TestNhsNumbers.random()));
        practitioner().header("If-Match", "\"0\"").post(PATH + "/{id}/activate", id).then().statusCode(403);
        practitioner().header("If-Match", "\"0\"").body(Map.of("reason", "x")).post(PATH + "/{id}/close", id)
                .then().statusCode(403);
        practitioner().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("strengths", List.of("Determined"))).patch(PATH + "/{id}", id).then().statusCode(200);
    }
}
