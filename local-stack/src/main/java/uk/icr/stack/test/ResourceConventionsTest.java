package uk.icr.stack.test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The kit's API conventions, as every service's main resource must apply them: a strong ETag on reads,
 * If-Match on commands (428, 412, 409), Idempotency-Key on create, cursor paging by NHS number. A
 * service runs them with a {@code @QuarkusTest} subclass that names its resource.
 */
public abstract class ResourceConventionsTest {

    /** The collection, e.g. {@code /api/v1/budgets}. */
    protected abstract String path();

    /** A role allowed to create and to run the command. */
    protected abstract String role();

    /** A valid create body for this person. */
    protected abstract String createBody(String nhsNumber);

    /** A command on a new resource, e.g. {@code agree}, and the status it leads to. */
    protected abstract String command();

    protected abstract String statusAfterCommand();

    /** The command's JSON body, for a command that takes one (a reason, ...); none by default. */
    protected String commandBody() {
        return null;
    }

    private RequestSpecification commandCall(String ifMatch) {
        RequestSpecification call = caller();
        if (commandBody() != null) {
            call.body(commandBody());
        }
        return ifMatch == null ? call : call.header("If-Match", ifMatch);
    }

    protected RequestSpecification caller() {
        return given().auth().oauth2(TestTokens.forRoles("test.user", role())).contentType(ContentType.JSON);
    }

    protected String create(String nhsNumber) {
        return caller().body(createBody(nhsNumber)).post(path())
                .then().statusCode(201).header("ETag", "\"0\"").extract().path("id");
    }

    @Test
    void readsSendAStrongETagAndCommandsNeedIfMatch() {
        String id = create(TestNhsNumbers.random());
        String command = path() + "/{id}/" + command();
        caller().get(path() + "/{id}", id).then().statusCode(200).header("ETag", "\"0\"");
        commandCall(null).post(command, id).then().statusCode(428).contentType("application/problem+json");
        commandCall("\"3\"").post(command, id).then().statusCode(412).contentType("application/problem+json");
        commandCall("\"0\"").post(command, id)
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo(statusAfterCommand()));
        commandCall("\"1\"").post(command, id).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyCreatesOnce() {
        String nhsNumber = TestNhsNumbers.random();
        String key = UUID.randomUUID().toString();
        String first = caller().header("Idempotency-Key", key).body(createBody(nhsNumber)).post(path())
                .then().statusCode(201).extract().path("id");
        String again = caller().header("Idempotency-Key", key).body(createBody(nhsNumber)).post(path())
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        caller().queryParam("nhsNumber", nhsNumber).get(path()).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void listsAPersonsRecordsAPageAtATime() {
        String nhsNumber = TestNhsNumbers.random();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(create(nhsNumber));
        }
        var first = caller().queryParam("nhsNumber", nhsNumber).queryParam("limit", 2).get(path())
                .then().statusCode(200).body("items", hasSize(2)).extract();
        var second = caller().queryParam("nhsNumber", nhsNumber).queryParam("limit", 2)
                .queryParam("cursor", (String) first.path("nextCursor")).get(path())
                .then().statusCode(200).body("nextCursor", nullValue()).extract();
        List<String> seen = new ArrayList<>(first.path("items.id"));
        seen.addAll(second.path("items.id"));
        assertEquals(created, seen);
    }
}
