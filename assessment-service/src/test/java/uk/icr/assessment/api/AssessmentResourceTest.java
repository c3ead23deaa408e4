package uk.icr.assessment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.icr.stack.test.TestTokens;

@QuarkusTest
class AssessmentResourceTest {

    private static final String PRACTITIONER = TestTokens.forRoles("pat.practitioner", "practitioner");

    @Test
    void createsAnAssessmentAndReadsItBack() {
        String id = given().auth().oauth2(PRACTITIONER).contentType(ContentType.JSON)
                .body("{\"nhsNumber\": \"9434765919\", \"type\": \"JOINT_HEALTH_AND_SOCIAL_CARE\"}")
                .post("/api/v1/assessments")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("PLANNED"))
                .body("version", equalTo(0))
                .extract().path("id");

        given().auth().oauth2(PRACTITIONER)
                .get("/api/v1/assessments/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("nhsNumber", equalTo("9434765919"))
                .body("type", equalTo("JOINT_HEALTH_AND_SOCIAL_CARE"));
    }

    @Test
    void locationNamesTheNewAssessment() {
        String location = given().auth().oauth2(PRACTITIONER).contentType(ContentType.JSON)
                .body("{\"nhsNumber\": \"9990000018\", \"type\": \"REABLEMENT\"}")
                .post("/api/v1/assessments")
                .then().statusCode(201).extract().header("Location");
        given().auth().oauth2(PRACTITIONER).get(location).then().statusCode(200).body("type", equalTo("REABLEMENT"));
    }

    @Test
    void refusesCallsWithoutAValidToken() {
        given().contentType(ContentType.JSON)
                .body("{\"nhsNumber\": \"9434765919\", \"type\": \"REABLEMENT\"}")
                .post("/api/v1/assessments")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.expired("pat.practitioner", "practitioner"))
                .get("/api/v1/assessments/{id}", "0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10")
                .then().statusCode(401);
    }

    @Test
    void refusesRolesThatMayNotCreate() {
        given().auth().oauth2(TestTokens.forRoles("pip.partner", "partner")).contentType(ContentType.JSON)
                .body("{\"nhsNumber\": \"9434765919\", \"type\": \"REABLEMENT\"}")
                .post("/api/v1/assessments")
                .then().statusCode(403);
    }

    @Test
    void rejectsAnInvalidRequest() {
        given().auth().oauth2(PRACTITIONER).contentType(ContentType.JSON)
                .body("{\"nhsNumber\": \"9434765918\", \"type\": \"REABLEMENT\"}")
                .post("/api/v1/assessments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("nhsNumber"));
    }

    @Test
    void answers404ForAnUnknownAssessment() {
        given().auth().oauth2(PRACTITIONER)
                .get("/api/v1/assessments/{id}", "0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10")
                .then().statusCode(404);
    }
}
