package uk.icr.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import uk.icr.stack.test.TestTokens;

/** A service that is down or too slow, and a client over its rate: the gateway answers at once, never hangs. */
@QuarkusTest
@TestProfile(GatewayFailuresTest.SmallLimits.class)
@WithTestResource(value = FakeUpstreams.class, initArgs = @ResourceArg(name = "down", value = "budget"))
class GatewayFailuresTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("icr.gateway.circuit-breaker.request-volume", "4", "icr.gateway.circuit-breaker.delay", "30s",
                    "icr.gateway.rate-limit.per-second", "1", "icr.gateway.rate-limit.burst", "3");
        }
    }

    @Test
    void aServiceThatIsDownGetsA503NamingItThenTheCircuitOpens() {
        // Each call from another client, so this profile's small rate limit never answers first.
        given().auth().oauth2(budgetManager(0)).get("/api/v1/budgets").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("detail", containsString("budget service could not be reached"))
                .body("instance", equalTo("/api/v1/budgets"));
        for (int i = 1; i <= 3; i++) {
            given().auth().oauth2(budgetManager(i)).get("/api/v1/budgets").then().statusCode(503);
        }
        given().auth().oauth2(budgetManager(4)).get("/api/v1/budgets").then().statusCode(503)
                .body("detail", containsString("not calling it"));
    }

    private static String budgetManager(int n) {
        return TestTokens.forRoles("bob.budgets." + n, "budget-manager");
    }

    @Test
    void aServiceTooSlowGetsA504WithinTheBound() {
        String token = TestTokens.forRoles("pat.slow", "practitioner");
        // Warmed first: the first call of a fresh application pays for its own start (token checks, JIT).
        given().auth().oauth2(token).get("/api/v1/assessments").then().statusCode(201);
        long started = System.nanoTime();
        Response response = given().auth().oauth2(token).get("/api/v1/assessments/slow");
        long millis = (System.nanoTime() - started) / 1_000_000;
        response.then().statusCode(504).contentType("application/problem+json")
                .body("detail", containsString("assessment service did not answer in time"));
        // The bound is the response timeout (1 s here), well before the stand-in would have answered.
        assertTrue(millis < FakeUpstreams.SLOW_MILLIS - 1_000, "answered after " + millis + " ms");
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfter() {
        // Warmed first by another client: the first call of a fresh application pays for its own start.
        given().auth().oauth2(TestTokens.forRoles("warm.up", "practitioner")).get("/api/v1/carers").then().statusCode(201);
        String token = TestTokens.forRoles("rita.rapid", "practitioner");
        int refused = 0;
        long started = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            Response response = given().auth().oauth2(token).contentType(ContentType.JSON).get("/api/v1/carers");
            if (response.statusCode() == 429) {
                refused++;
                response.then().contentType("application/problem+json").header("Retry-After", equalTo("1"))
                        .body("type", equalTo("urn:icr:problem:rate-limited"));
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000 + 1;
        // A burst of 3, then one a second: however slow this machine, at least 10 - 3 - seconds are refused.
        assertTrue(refused >= Math.max(1, 10 - 3 - seconds), refused + " of 10 refused in under " + seconds + " s");
        // Another client is not held back by this one.
        given().auth().oauth2(TestTokens.forRoles("other.client", "practitioner")).get("/api/v1/carers").then()
                .statusCode(201).time(lessThan(5_000L));
    }

    @Test
    void thePersonsRecordStillAnswersWithOneServiceDown() {
        given().auth().oauth2(TestTokens.forRoles("cara.coordinator", "care-coordinator"))
                .get("/api/v1/people/{nhs}/record", FakeUpstreams.PERSON).then().statusCode(200)
                .body("budgets.available", equalTo(false))
                .body("budgets.reason", containsString("budget service could not be reached"))
                .body("assessments.available", equalTo(true))
                .body("carePlan.content.id", equalTo("p-active"))
                .body("carers.available", equalTo(true));
    }
}
