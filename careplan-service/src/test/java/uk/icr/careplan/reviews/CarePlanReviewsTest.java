package uk.icr.careplan.reviews;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.icr.careplan.CarePlanFixtures.PATH;
import static uk.icr.careplan.CarePlanFixtures.active;
import static uk.icr.careplan.CarePlanFixtures.coordinator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.careplan.events.CarePlanEvents;
import uk.icr.kit.time.EnglandClock;
import uk.icr.stack.test.EventContracts;
import uk.icr.stack.test.TestEvents;
import uk.icr.stack.test.TestNhsNumbers;

/** Reviews: the next one at most 12 months on, and each due and overdue announcement made once. */
@QuarkusTest
class CarePlanReviewsTest {

    @Inject
    ReviewDueJob job;

    @Test
    void aReviewSetsTheNextOneAtMostTwelveMonthsLater() {
        String id = active(TestNhsNumbers.random());
        LocalDate today = LocalDate.now(EnglandClock.ENGLAND);
        coordinator().header("If-Match", "\"1\"")
                .body(Map.of("type", "INITIAL", "completedOn", today.toString(), "outcome", "NO_CHANGE",
                        "nextReviewDue", today.plusMonths(13).toString()))
                .post(PATH + "/{id}/reviews", id)
                .then().statusCode(400).body("errors[0].field", equalTo("nextReviewDue"));
        coordinator().header("If-Match", "\"1\"")
                .body(Map.of("type", "INITIAL", "completedOn", today.toString(), "outcome", "NO_CHANGE"))
                .post(PATH + "/{id}/reviews", id)
                .then().statusCode(200).body("nextReviewDue", equalTo(today.plusMonths(12).toString()))
                .body("reviews", hasSize(1)).body("reviews[0].reviewedBy", equalTo("cara.coordinator"))
                .body("status", equalTo("ACTIVE"));
        coordinator().header("If-Match", "\"2\"")
                .body(Map.of("type", "UNPLANNED", "completedOn", today.toString(), "outcome", "REASSESSMENT_NEEDED",
                        "nextReviewDue", today.plusMonths(1).toString()))
                .post(PATH + "/{id}/reviews", id)
                .then().statusCode(200).body("status", equalTo("UNDER_REVIEW"))
                .body("nextReviewDue", equalTo(today.plusMonths(1).toString()));
    }

    @Test
    void eachDueAndOverdueReviewIsAnnouncedOnce() {
        String id = active(TestNhsNumbers.random());
        LocalDate due = LocalDate.parse(coordinator().get(PATH + "/{id}", id).then().extract().path("nextReviewDue"));

        job.announce(due.minusDays(1));
        assertEquals(0, TestEvents.events(CarePlanEvents.TOPIC, id, CarePlanEvents.REVIEW_DUE, Duration.ofSeconds(3)).size());

        job.announce(due);
        job.announce(due);
        EventContracts.assertConforms(TestEvents.awaitEvent(CarePlanEvents.TOPIC, id, CarePlanEvents.REVIEW_DUE));
        job.announce(due.plusDays(1));
        job.announce(due.plusDays(2));
        EventContracts.assertConforms(TestEvents.awaitEvent(CarePlanEvents.TOPIC, id, CarePlanEvents.REVIEW_OVERDUE));

        var published = TestEvents.readAll(CarePlanEvents.TOPIC, Duration.ofSeconds(5)).stream()
                .filter(r -> id.equals(TestEvents.header(r, "ce_subject"))).map(r -> TestEvents.header(r, "ce_type")).toList();
        assertEquals(1, published.stream().filter(CarePlanEvents.REVIEW_DUE::equals).count(), published.toString());
        assertEquals(1, published.stream().filter(CarePlanEvents.REVIEW_OVERDUE::equals).count(), published.toString());
        // Announcing changes nothing a reader sees: the plan keeps its version.
        coordinator().get(PATH + "/{id}", id).then().header("ETag", "\"1\"");
    }
}
