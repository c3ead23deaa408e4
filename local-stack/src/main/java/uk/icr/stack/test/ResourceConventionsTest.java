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

    /** The resource under test, as the service declares it once for these and its event tests. */
    protected abstract ResourceUnderTest resource();

    private RequestSpecification commandCall(String ifMatch) {
        RequestSpecification call = caller();
        if (resource().commandBody() != null) {
            call.body(resource().commandBody());
        }
        return ifMatch == null ? call : call.header("If-Match", ifMatch);
    }

    protected RequestSpecification caller() {
        return given().auth().oauth2(TestTokens.forRoles("test.user", resource().role())).contentType(ContentType.JSON);
    }

    protected String create(String nhsNumber) {
        return caller().body(resource().createBody(nhsNumber)).post(resource().path())
                .then().statusCode(201).header("ETag", "\"0\"").extract().path("id");
    }

    @Test
    void readsSendAStrongETagAndCommandsNeedIfMatch() {
        String id = create(TestNhsNumbers.random());
        String command = resource().path() + "/{id}/" + resource().command();
        caller().get(resource().path() + "/{id}", id).then().statusCode(200).header("ETag", "\"0\"");
        commandCall(null).post(command, id).then().statusCode(428).contentType("application/problem+json");
        commandCall("\"3\"").post(command, id).then().statusCode(412).contentType("application/problem+json");
        commandCall("\"0\"").post(command, id)
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo(resource().statusAfterCommand()));
        commandCall("\"1\"").post(command, id).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyCreatesOnce() {
        String nhsNumber = TestNhsNumbers.random();
        String key = UUID.randomUUID().toString();
        String body = resource().createBody(nhsNumber);
        String first = caller().header("Idempotency-Key", key).body(body).post(resource().path())
                .then().statusCode(201).extract().path("id");
        String again = caller().header("Idempotency-Key", key).body(body).post(resource().path())
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        caller().queryParam("nhsNumber", nhsNumber).get(resource().path()).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void listsAPersonsRecordsAPageAtATime() {
        String nhsNumber = TestNhsNumbers.random();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(caller().body(resource().listedBody().apply(nhsNumber)).post(resource().path())
                    .then().statusCode(201).extract().path("id"));
        }
        String query = resource().listQuery();
        var first = caller().queryParam(query, nhsNumber).queryParam("limit", 2).get(resource().path())
                .then().statusCode(200).body("items", hasSize(2)).extract();
        var second = caller().queryParam(query, nhsNumber).queryParam("limit", 2)
                .queryParam("cursor", (String) first.path("nextCursor")).get(resource().path())
                .then().statusCode(200).body("nextCursor", nullValue()).extract();
        List<String> seen = new ArrayList<>(first.path("items.id"));
        seen.addAll(second.path("items.id"));
        assertEquals(created, seen);
    }
}
