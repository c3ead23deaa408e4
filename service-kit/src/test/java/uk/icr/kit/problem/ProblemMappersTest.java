package uk.icr.kit.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.icr.stack.test.TestTokens;

/** Every kind of bad request gets an RFC 9457 answer naming what is wrong, never a stack trace or 500. */
@QuarkusTest
class ProblemMappersTest {

    private static final String VALID = "{\"nhsNumber\": \"9434765919\", \"colour\": \"RED\", \"count\": 1}";

    private static RequestSpecification practitioner() {
        return given().auth().oauth2(TestTokens.forRoles("pat", "practitioner")).contentType(ContentType.JSON);
    }

    @Test
    void acceptsAValidBody() {
        practitioner().body(VALID).post("/api/v1/probes").then().statusCode(200).body("colour", equalTo("RED"));
    }

    @Test
    void namesAnInvalidNhsNumber() {
        practitioner().body("{\"nhsNumber\": \"9434765918\", \"colour\": \"RED\"}").post("/api/v1/probes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.VALIDATION_FAILED))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/probes"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("nhsNumber"))
                .body("errors[0].message", containsString("Modulus 11"));
    }

    @Test
    void namesEveryInvalidFieldIncludingNestedOnes() {
        practitioner().body("{\"colour\": \"RED\", \"items\": [{\"name\": \"ok\", \"importance\": 5},"
                        + " {\"name\": \" \", \"importance\": 11}]}")
                .post("/api/v1/probes")
                .then().statusCode(400)
                .body("detail", equalTo("3 fields are not valid."))
                .body("errors.field", org.hamcrest.Matchers.contains("items[1].importance", "items[1].name", "nhsNumber"));
    }

    @Test
    void namesAnUnknownEnumValueAndListsTheAllowedOnes() {
        practitioner().body("{\"nhsNumber\": \"9434765919\", \"colour\": \"BLUE\"}").post("/api/v1/probes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("'BLUE' is not one of: RED, GREEN"));
    }

    @Test
    void namesAWrongType() {
        practitioner().body("{\"nhsNumber\": \"9434765919\", \"colour\": \"RED\", \"count\": \"many\"}").post("/api/v1/probes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("count"))
                .body("errors[0].message", equalTo("must be a whole number"));
        practitioner().body("{\"nhsNumber\": \"9434765919\", \"colour\": \"RED\", \"date\": \"23/11/2026\"}").post("/api/v1/probes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].message", equalTo("must be a date (YYYY-MM-DD)"));
    }

    @Test
    void refusesUnknownFields() {
        practitioner().body("{\"nhsNumber\": \"9434765919\", \"colour\": \"RED\", \"colur\": \"RED\"}").post("/api/v1/probes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("colur"))
                .body("errors[0].message", startsWith("is not a known field"));
    }

    @Test
    void explainsMalformedJsonWithoutEchoingTheParser() {
        practitioner().body("{\"nhsNumber\": \"9434765919\",").post("/api/v1/probes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.MALFORMED_REQUEST))
                .body("detail", startsWith("The body is not well-formed JSON"))
                .body(not(containsString("com.fasterxml")));
    }

    @Test
    void refusesAMissingBody() {
        practitioner().post("/api/v1/probes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void namesAnInvalidQueryParameter() {
        practitioner().queryParam("limit", 500).get("/api/v1/probes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void refusesBodiesOverTheSizeLimit() {
        String huge = "{\"nhsNumber\": \"9434765919\", \"colour\": \"RED\", \"pad\": \"" + "x".repeat(1_100_000) + "\"}";
        practitioner().body(huge).post("/api/v1/probes")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("1 MiB"));
    }

    @Test
    void answersAuthenticationAndRoleFailuresAsProblems() {
        given().contentType(ContentType.JSON).body(VALID).post("/api/v1/probes")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
        given().auth().oauth2("not-a-jwt").contentType(ContentType.JSON).body(VALID).post("/api/v1/probes")
                .then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRoles("pip", "partner")).contentType(ContentType.JSON).body(VALID).post("/api/v1/probes")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("title", equalTo("Forbidden"));
    }

    @Test
    void answersWrongMethodsAndMediaTypesAsProblems() {
        practitioner().delete("/api/v1/probes").then().statusCode(405).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRoles("pat", "practitioner")).contentType(ContentType.XML)
                .body("<x/>").post("/api/v1/probes")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void hidesTheDetailsOfAnUnexpectedFailure() {
        practitioner().get("/api/v1/probes/boom")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body(not(containsString("uk.icr.secret")))
                .body(not(containsString("IllegalStateException")));
    }
}
