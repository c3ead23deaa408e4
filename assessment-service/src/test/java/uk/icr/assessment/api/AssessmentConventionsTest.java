package uk.icr.assessment.api;

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
import uk.icr.assessment.AssessmentFixtures;
import uk.icr.stack.test.ResourceConventionsTest;
import uk.icr.stack.test.ResourceUnderTest;
import uk.icr.stack.test.TestNhsNumbers;

/** The kit's API conventions (the shared ones, and what only this service's tests go further on). */
@QuarkusTest
class AssessmentConventionsTest extends ResourceConventionsTest {

    @Override
    protected ResourceUnderTest resource() {
        return AssessmentFixtures.RESOURCE;
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void ofTwoConcurrentChangesWithTheSameIfMatchOneWinsAndOneGets412() throws Exception {
        String id = create(TestNhsNumbers.random());
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return caller().header("If-Match", "\"0\"").post("/api/v1/assessments/{id}/start", id)
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
        caller().get("/api/v1/assessments/{id}", id).then().header("ETag", "\"1\"").body("version", equalTo(1));
    }

    @Test
    void pagesStayStableWhileRecordsAreAdded() {
        String nhsNumber = TestNhsNumbers.random();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(create(nhsNumber));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = caller().queryParam("nhsNumber", nhsNumber).queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/assessments").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            if (seen.size() == 2) {
                // Created while paging: it comes after those already listed, and nothing repeats or goes missing.
                created.add(create(nhsNumber));
            }
        } while (cursor != null);
        assertEquals(created, seen);

        caller().queryParam("nhsNumber", nhsNumber).queryParam("limit", 10)
                .get("/api/v1/assessments").then().body("items", hasSize(6)).body("nextCursor", nullValue());
    }

    @Test
    void everyCallLeavesOneAuditRecordNamingThePerson() throws Exception {
        String nhsNumber = TestNhsNumbers.random();
        String id = create(nhsNumber);
        String correlation = UUID.randomUUID().toString();
        caller().header("X-Correlation-Id", correlation).get("/api/v1/assessments/{id}", id).then().statusCode(200);
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
    void aPatchAndAFailedCommandEachLeaveOneAuditRecordNamingThePerson() throws Exception {
        String nhsNumber = TestNhsNumbers.random();
        String id = create(nhsNumber);
        String patched = UUID.randomUUID().toString();
        caller().contentType("application/merge-patch+json").header("If-Match", "\"0\"").header("X-Correlation-Id", patched)
                .body("{\"whatMattersToMe\": \"My garden.\"}").patch("/api/v1/assessments/{id}", id).then().statusCode(200);
        String refused = UUID.randomUUID().toString();
        caller().header("If-Match", "\"1\"").header("X-Correlation-Id", refused)
                .post("/api/v1/assessments/{id}/complete", id).then().statusCode(409);
        for (String correlation : List.of(patched, refused)) {
            try (var connection = dataSource.getConnection();
                 var query = connection.prepareStatement(
                         "select nhs_number from assessment.audit_record where correlation_id = ?")) {
                query.setString(1, correlation);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    assertEquals(nhsNumber, rows.getString(1));
                    assertEquals(false, rows.next(), "more than one audit record");
                }
            }
        }
    }

    @Test
    void refusesBadListParametersWithProblems() {
        caller().queryParam("nhsNumber", "9434765918").get("/api/v1/assessments")
                .then().statusCode(400).body("errors[0].field", equalTo("nhsNumber"));
        caller().queryParam("nhsNumber", "9434765919").queryParam("limit", 1000).get("/api/v1/assessments")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        caller().queryParam("nhsNumber", "9434765919").queryParam("status", "DONE").get("/api/v1/assessments")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        caller().queryParam("nhsNumber", "9434765919").queryParam("cursor", "not-a-cursor").get("/api/v1/assessments")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
