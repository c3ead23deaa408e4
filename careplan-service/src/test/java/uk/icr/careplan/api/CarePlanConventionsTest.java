package uk.icr.careplan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.icr.stack.test.TestNhsNumbers;
import uk.icr.stack.test.TestTokens;

/** The kit's API conventions, as this service applies them: ETags and If-Match, Idempotency-Key, paging. */
@QuarkusTest
class CarePlanConventionsTest {

    private static RequestSpecification caller() {
        return given().auth().oauth2(TestTokens.forRoles("test.user", "care-coordinator")).contentType(ContentType.JSON);
    }

    private static String create(String nhsNumber) {
        return caller().body("{\"nhsNumber\": \"" + nhsNumber + "\"}")
                .post("/api/v1/care-plans").then().statusCode(201).header("ETag", "\"0\"").extract().path("id");
    }

    @Test
    void readsSendAStrongETagAndChangesNeedIfMatch() {
        String id = create(TestNhsNumbers.random());
        caller().get("/api/v1/care-plans/{id}", id).then().statusCode(200).header("ETag", "\"0\"");
        caller().post("/api/v1/care-plans/{id}/close", id)
                .then().statusCode(428).contentType("application/problem+json");
        caller().header("If-Match", "\"3\"").post("/api/v1/care-plans/{id}/close", id)
                .then().statusCode(412).contentType("application/problem+json");
        caller().header("If-Match", "\"0\"").post("/api/v1/care-plans/{id}/close", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("CLOSED"));
        caller().header("If-Match", "\"1\"").post("/api/v1/care-plans/{id}/close", id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyCreatesOnce() {
        String nhsNumber = TestNhsNumbers.random();
        String key = UUID.randomUUID().toString();
        String body = "{\"nhsNumber\": \"" + nhsNumber + "\"}";
        String first = caller().header("Idempotency-Key", key).body(body).post("/api/v1/care-plans")
                .then().statusCode(201).extract().path("id");
        String again = caller().header("Idempotency-Key", key).body(body).post("/api/v1/care-plans")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        caller().queryParam("nhsNumber", nhsNumber).get("/api/v1/care-plans")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void listsAPersonsRecordsAPageAtATime() {
        String nhsNumber = TestNhsNumbers.random();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(create(nhsNumber));
        }
        var first = caller().queryParam("nhsNumber", nhsNumber).queryParam("limit", 2)
                .get("/api/v1/care-plans").then().statusCode(200).body("items", hasSize(2)).extract();
        var second = caller().queryParam("nhsNumber", nhsNumber).queryParam("limit", 2)
                .queryParam("cursor", (String) first.path("nextCursor"))
                .get("/api/v1/care-plans").then().statusCode(200).body("nextCursor", nullValue()).extract();
        List<String> seen = new ArrayList<>(first.path("items.id"));
        seen.addAll(second.path("items.id"));
        assertEquals(created, seen);
    }
}
