package uk.icr.assessment.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.icr.kit.events.CloudEventHeaders;
import uk.icr.stack.test.EventContracts;
import uk.icr.stack.test.TestEvents;
import uk.icr.stack.test.TestNhsNumbers;
import uk.icr.stack.test.TestTokens;

/** What the service publishes reaches a consumer through the real broker, as CloudEvents that match the contracts. */
@QuarkusTest
class AssessmentEventsTest {

    private static ConsumerRecord<String, String> await(String id, String type) {
        return TestEvents.awaitRecord(AssessmentEvents.TOPIC,
                r -> id.equals(CloudEventHeaders.value(r.headers(), CloudEventHeaders.SUBJECT))
                        && type.equals(CloudEventHeaders.value(r.headers(), CloudEventHeaders.TYPE)),
                Duration.ofSeconds(30));
    }

    @Test
    void everyChangeIsPublishedKeyedByNhsNumberAndMatchesItsContract() {
        String nhsNumber = TestNhsNumbers.random();
        var token = TestTokens.forRoles("pat.practitioner", "practitioner");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"nhsNumber\": \"" + nhsNumber + "\", \"type\": \"CARE_ACT_NEEDS\"}")
                .post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).header("If-Match", "\"0\"").post("/api/v1/assessments/{id}/start", id)
                .then().statusCode(200);

        ConsumerRecord<String, String> created = await(id, AssessmentEvents.CREATED);
        assertEquals(nhsNumber, created.key());
        assertEquals("/icr/assessment-service", CloudEventHeaders.value(created.headers(), CloudEventHeaders.SOURCE));
        assertTrue(created.value().contains("\"assessmentId\":\"" + id + "\""), created.value());
        EventContracts.assertConforms(created);

        ConsumerRecord<String, String> started = await(id, AssessmentEvents.STARTED);
        assertTrue(started.value().contains("\"status\":\"IN_PROGRESS\""), started.value());
        assertTrue(started.offset() > created.offset() || started.partition() != created.partition());
        EventContracts.assertConforms(started);
    }
}
