package uk.icr.assessment.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.icr.kit.events.CloudEventHeaders;
import uk.icr.stack.test.TestEvents;
import uk.icr.stack.test.TestTokens;

/** The event a create publishes travels through the real broker to a consumer, as CloudEvents 1.0. */
@QuarkusTest
class AssessmentEventsTest {

    @Test
    void creatingAnAssessmentPublishesACloudEventKeyedByNhsNumber() {
        String id = given().auth().oauth2(TestTokens.forRoles("pat.practitioner", "practitioner"))
                .contentType(ContentType.JSON)
                .body("{\"nhsNumber\": \"9990000026\", \"type\": \"CARE_ACT_NEEDS\"}")
                .post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = TestEvents.awaitRecord(AssessmentEvents.TOPIC,
                r -> id.equals(CloudEventHeaders.value(r.headers(), CloudEventHeaders.SUBJECT)), Duration.ofSeconds(30));

        assertEquals("9990000026", record.key());
        assertEquals(AssessmentEvents.CREATED, CloudEventHeaders.value(record.headers(), CloudEventHeaders.TYPE));
        assertEquals("1.0", CloudEventHeaders.value(record.headers(), CloudEventHeaders.SPEC_VERSION));
        assertEquals("/icr/assessment-service", CloudEventHeaders.value(record.headers(), CloudEventHeaders.SOURCE));
        assertEquals("application/json", CloudEventHeaders.value(record.headers(), CloudEventHeaders.CONTENT_TYPE));
        assertNotNull(CloudEventHeaders.value(record.headers(), CloudEventHeaders.ID));
        assertTrue(record.value().contains("\"assessmentId\":\"" + id + "\""), record.value());
        assertTrue(record.value().contains("\"status\":\"PLANNED\""), record.value());
    }
}
