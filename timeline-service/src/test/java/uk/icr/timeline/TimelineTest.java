package uk.icr.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import uk.icr.stack.test.Eventually;
import uk.icr.stack.test.TestEvents;
import uk.icr.stack.test.TestNhsNumbers;
import uk.icr.stack.test.TestTokens;

/** Events from the four topics, through the real broker, on the timeline of the person each is about. */
@QuarkusTest
class TimelineTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final OffsetDateTime DAY = OffsetDateTime.parse("2026-11-02T09:00:00Z");

    private static RequestSpecification coordinator() {
        return given().auth().oauth2(TestTokens.forRoles("cara.coordinator", "care-coordinator"));
    }

    /** Sends an event that happened {@code minutes} into the day, keyed and about {@code nhsNumber}. */
    private static String send(String topic, String type, String nhsNumber, int minutes) {
        String id = UUID.randomUUID().toString();
        Map<String, String> headers = new HashMap<>(TestEvents.cloudEventHeaders(id, type, UUID.randomUUID().toString()));
        headers.put("ce_time", DAY.plusMinutes(minutes).toString());
        TestEvents.send(topic, nhsNumber, "{\"nhsNumber\": \"" + nhsNumber + "\", \"minutes\": " + minutes + "}", headers);
        return id;
    }

    @Test
    void aPersonsEventsFromEveryTopicInTheOrderTheyHappenedOnceEach() {
        String person = TestNhsNumbers.random();
        String other = TestNhsNumbers.random();
        // Sent out of order, on four topics (so four partitions at least): read back in the order they happened.
        String budget = send("icr.budgets.v1", "uk.nhs.icr.budget.agreed.v1", person, 30);
        String assessment = send("icr.assessments.v1", "uk.nhs.icr.assessment.completed.v1", person, 10);
        String plan = send("icr.care-plans.v1", "uk.nhs.icr.care-plan.drafted.v1", person, 20);
        send("icr.assessments.v1", "uk.nhs.icr.assessment.completed.v1", other, 15);
        String carer = TestNhsNumbers.random();
        String carerEvent = send("icr.carers.v1", "uk.nhs.icr.carer.identified.v1", carer, 5);
        // Delivered twice: one entry.
        Map<String, String> again = new HashMap<>(TestEvents.cloudEventHeaders(plan, "uk.nhs.icr.care-plan.drafted.v1",
                UUID.randomUUID().toString()));
        again.put("ce_time", DAY.plusMinutes(20).toString());
        TestEvents.send("icr.care-plans.v1", person, "{\"nhsNumber\": \"" + person + "\", \"minutes\": 20}", again);

        Eventually.assertThat(WAIT, () -> coordinator().get("/api/v1/people/{nhs}/timeline", person).then().statusCode(200)
                .body("items.eventId", contains(assessment, plan, budget)));
        coordinator().get("/api/v1/people/{nhs}/timeline", person).then()
                .body("items[0].topic", equalTo("icr.assessments.v1"))
                .body("items[0].occurredAt", equalTo("2026-11-02T09:10:00Z"))
                .body("items[2].data.minutes", equalTo(30));
        Eventually.assertThat(WAIT, () -> coordinator().get("/api/v1/people/{nhs}/timeline", carer).then()
                .body("items.eventId", contains(carerEvent)));

        var first = coordinator().queryParam("limit", 2).get("/api/v1/people/{nhs}/timeline", person).then()
                .body("items", hasSize(2)).extract();
        coordinator().queryParam("limit", 2).queryParam("cursor", (String) first.path("nextCursor"))
                .get("/api/v1/people/{nhs}/timeline", person).then()
                .body("items.eventId", contains(budget)).body("nextCursor", nullValue());
    }

    @Test
    void refusesAnInvalidNhsNumberAndRolesWithoutAccess() {
        coordinator().get("/api/v1/people/1234567890/timeline").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRoles("cas.support", "carer-support")).get("/api/v1/people/9434765919/timeline")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/people/9434765919/timeline").then().statusCode(401);
    }
}
