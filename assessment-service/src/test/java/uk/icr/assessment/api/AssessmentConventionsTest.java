package uk.icr.assessment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.icr.stack.test.TestNhsNumbers;
import uk.icr.stack.test.TestTokens;

/** The kit's API conventions, as this service applies them: ETags and If-Match, Idempotency-Key, paging. */
@QuarkusTest
class AssessmentConventionsTest {

    @Inject
    AgroalDataSource dataSource;

    private static RequestSpecification practitioner() {
        return given().auth().oauth2(TestTokens.forRoles("pat.practitioner", "practitioner")).contentType(ContentType.JSON);
    }

    private static String plan(String nhsNumber) {
        return practitioner().body("{\"nhsNumber\": \"" + nhsNumber + "\", \"type\": \"CARE_ACT_NEEDS\"}")
                .post("/api/v1/assessments").then().statusCode(201).header("ETag", "\"0\"").extract().path("id");
    }

    @Test
    void readsSendAStrongETagAndChangesNeedIfMatch() {
        String id = plan(TestNhsNumbers.random());
        practitioner().get("/api/v1/assessments/{id}", id).then().statusCode(200).header("ETag", "\"0\"");

        practitioner().post("/api/v1/assessments/{id}/start", id)
                .then().statusCode(428).contentType("application/problem+json");
        practitioner().header("If-Match", "\"7\"").post("/api/v1/assessments/{id}/start", id)
                .then().statusCode(412).contentType("application/problem+json");
        practitioner().header("If-Match", "\"0\"").post("/api/v1/assessments/{id}/start", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("IN_PROGRESS"));
        practitioner().header("If-Match", "\"1\"").post("/api/v1/assessments/{id}/start", id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void ofTwoConcurrentChangesWithTheSameIfMatchOneWinsAndOneGets412() throws Exception {
        String id = plan(TestNhsNumbers.random());
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return practitioner().header("If-Match", "\"0\"").post("/api/v1/assessments/{id}/start", id)
                        .then().extract().statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> call : calls) {
            statuses.add(call.get());
        }
        statuses.sort(null);
        assertEquals(List.of(200, 412), statuses);
        practitioner().get("/api/v1/assessments/{id}", id).then().header("ETag", "\"1\"").body("version", equalTo(1));
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyCreatesOnce() {
        String nhsNumber = TestNhsNumbers.random();
        String key = UUID.randomUUID().toString();
        String body = "{\"nhsNumber\": \"" + nhsNumber + "\", \"type\": \"REABLEMENT\"}";
        String first = practitioner().header("Idempotency-Key", key).body(body).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        String again = practitioner().header("Idempotency-Key", key).body(body).post("/api/v1/assessments")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        practitioner().queryParam("nhsNumber", nhsNumber).get("/api/v1/assessments")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void listsAPersonsAssessmentsAPageAtATime() {
        String nhsNumber = TestNhsNumbers.random();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(plan(nhsNumber));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = practitioner().queryParam("nhsNumber", nhsNumber).queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/assessments").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            if (seen.size() == 2) {
                // Created while paging: it comes after those already listed, and nothing repeats or goes missing.
                created.add(plan(nhsNumber));
            }
        } while (cursor != null);
        assertEquals(created, seen);

        practitioner().queryParam("nhsNumber", nhsNumber).queryParam("limit", 10)
                .get("/api/v1/assessments").then().body("items", hasSize(6)).body("nextCursor", nullValue());
    }

    @Test
    void everyCallLeavesOneAuditRecordNamingThePerson() throws Exception {
        String nhsNumber = TestNhsNumbers.random();
        String id = plan(nhsNumber);
        String correlation = UUID.randomUUID().toString();
        practitioner().header("X-Correlation-Id", correlation).get("/api/v1/assessments/{id}", id).then().statusCode(200);
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement(
                     "select action, nhs_number, resource_id from assessment.audit_record where correlation_id = ?")) {
            query.setString(1, correlation);
            try (var rows = query.executeQuery()) {
                rows.next();
                assertEquals("READ", rows.getString(1));
                assertEquals(nhsNumber, rows.getString(2));
                assertEquals(id, rows.getString(3));
                assertEquals(false, rows.next(), "more than one audit record");
            }
        }
    }

    @Test
    void refusesBadListParametersWithProblems() {
        practitioner().queryParam("nhsNumber", "9434765918").get("/api/v1/assessments")
                .then().statusCode(400).body("errors[0].field", equalTo("nhsNumber"));
        practitioner().queryParam("nhsNumber", "9434765919").queryParam("limit", 1000).get("/api/v1/assessments")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        practitioner().queryParam("nhsNumber", "9434765919").queryParam("status", "DONE").get("/api/v1/assessments")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        practitioner().queryParam("nhsNumber", "9434765919").queryParam("cursor", "not-a-cursor").get("/api/v1/assessments")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
