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

    /** The collection the events are about, e.g. {@code /api/v1/budgets}. */
    protected abstract String path();

    protected abstract String role();

    protected abstract String createBody(String nhsNumber);

    protected abstract String command();

    /** The command's JSON body, for a command that takes one; none by default. */
    protected String commandBody() {
        return null;
    }

    protected abstract String createdType();

    protected abstract String commandType();

    @Test
    void everyChangeIsPublishedKeyedByNhsNumberAndMatchesItsContract() {
        String nhsNumber = TestNhsNumbers.random();
        String token = TestTokens.forRoles("test.user", role());
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(createBody(nhsNumber)).post(path())
                .then().statusCode(201).extract().path("id");
        var command = given().auth().oauth2(token).header("If-Match", "\"0\"");
        if (commandBody() != null) {
            command.contentType(ContentType.JSON).body(commandBody());
        }
        command.post(path() + "/{id}/" + command(), id).then().statusCode(200);

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
