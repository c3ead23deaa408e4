package uk.icr.budget.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
class BudgetEventsTest {

    private static ConsumerRecord<String, String> await(String id, String type) {
        return TestEvents.awaitRecord(BudgetEvents.TOPIC,
                r -> id.equals(CloudEventHeaders.value(r.headers(), CloudEventHeaders.SUBJECT))
                        && type.equals(CloudEventHeaders.value(r.headers(), CloudEventHeaders.TYPE)),
                Duration.ofSeconds(30));
    }

    @Test
    void everyChangeIsPublishedKeyedByNhsNumberAndMatchesItsContract() {
        String nhsNumber = TestNhsNumbers.random();
        var token = TestTokens.forRoles("test.user", "budget-manager");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"nhsNumber\": \"" + nhsNumber + "\"}")
                .post("/api/v1/budgets")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).header("If-Match", "\"0\"").post("/api/v1/budgets/{id}/agree", id)
                .then().statusCode(200);

        ConsumerRecord<String, String> created = await(id, BudgetEvents.CREATED);
        assertEquals(nhsNumber, created.key());
        assertEquals("/icr/budget-service", CloudEventHeaders.value(created.headers(), CloudEventHeaders.SOURCE));
        EventContracts.assertConforms(created);
        EventContracts.assertConforms(await(id, BudgetEvents.AGREED));
    }
}
