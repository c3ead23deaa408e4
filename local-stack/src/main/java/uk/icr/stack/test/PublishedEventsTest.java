package uk.icr.stack.test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;


import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * What a service publishes reaches a consumer through the real broker: a create and a command each
 * publish one CloudEvent, keyed by the NHS number, whose data matches its schema in {@code contracts/}.
 */
public abstract class PublishedEventsTest {

    protected abstract String topic();

    /** The resource the events are about, as the service declares it once for these and its convention tests. */
    protected abstract ResourceUnderTest resource();

    protected abstract String createdType();

    protected abstract String commandType();

    @Test
    void everyChangeIsPublishedKeyedByNhsNumberAndMatchesItsContract() {
        String nhsNumber = TestNhsNumbers.random();
        String token = TestTokens.forRoles("test.user", resource().role());
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(resource().createBody(nhsNumber))
                .post(resource().path())
                .then().statusCode(201).extract().path("id");
        var command = given().auth().oauth2(token).header("If-Match", "\"0\"");
        if (resource().commandBody() != null) {
            command.contentType(ContentType.JSON).body(resource().commandBody());
        }
        command.post(resource().path() + "/{id}/" + resource().command(), id).then().statusCode(200);

        ConsumerRecord<String, String> created = await(id, createdType());
        assertEquals(nhsNumber, created.key());
        EventContracts.assertConforms(created);
        ConsumerRecord<String, String> changed = await(id, commandType());
        assertEquals(nhsNumber, changed.key());
        EventContracts.assertConforms(changed);
    }

    private ConsumerRecord<String, String> await(String id, String type) {
        return TestEvents.awaitEvent(topic(), id, type);
    }

}
