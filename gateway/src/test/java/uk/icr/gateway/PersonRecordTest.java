package uk.icr.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.icr.stack.test.TestTokens;

/** The person's record, composed from the four (stand-in) services; a slow one leaves only its section out. */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class PersonRecordTest {

    private static final String TOKEN = TestTokens.forRoles("cara.coordinator", "care-coordinator");

    @Test
    void composesAllFourSections() {
        given().auth().oauth2(TOKEN).get("/api/v1/people/{nhs}/record", FakeUpstreams.PERSON).then().statusCode(200)
                .body("nhsNumber", equalTo(FakeUpstreams.PERSON))
                .body("assessments.available", equalTo(true))
                .body("assessments.content.id", contains("a-latest", "a-older"))
                .body("carePlan.content.id", equalTo("p-active"))
                .body("carePlan.content.nextReviewDue", equalTo("2027-01-18"))
                .body("budgets.content[0].budget.id", equalTo("b-1"))
                .body("budgets.content[0].balance.remainingPence", equalTo(1395500))
                .body("carers.content[0].name", equalTo("Margaret Evans"));
    }

    @Test
    void aSlowServiceLeavesItsSectionUnavailableAndTheRestAnswer() {
        // Warmed first: the first call of a fresh application pays for its own start (token checks, JIT).
        given().auth().oauth2(TOKEN).get("/api/v1/people/{nhs}/record", FakeUpstreams.PERSON).then().statusCode(200);
        long started = System.nanoTime();
        Response response = given().auth().oauth2(TOKEN).get("/api/v1/people/{nhs}/record", FakeUpstreams.SLOW_CARERS);
        long millis = (System.nanoTime() - started) / 1_000_000;
        response.then().statusCode(200)
                .body("carers.available", equalTo(false))
                .body("carers.reason", containsString("carer service did not answer"))
                .body("carers.content", nullValue())
                .body("assessments.available", equalTo(true))
                .body("budgets.available", equalTo(true));
        assertTrue(millis < FakeUpstreams.SLOW_MILLIS, "answered after " + millis + " ms");
    }

    @Test
    void refusesAnInvalidNhsNumberAndACallerWithoutAToken() {
        given().auth().oauth2(TOKEN).get("/api/v1/people/1234567890/record").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("not a valid NHS number"));
        given().get("/api/v1/people/{nhs}/record", FakeUpstreams.PERSON).then().statusCode(401)
                .contentType("application/problem+json");
    }
}
