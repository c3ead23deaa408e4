package uk.icr.carer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static uk.icr.carer.CarerFixtures.PATH;
import static uk.icr.carer.CarerFixtures.support;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.icr.carer.CarerFixtures;
import uk.icr.stack.test.TestNhsNumbers;
import uk.icr.stack.test.TestTokens;

@QuarkusTest
class CarerResourceTest {

    private static final String TOKEN = TestTokens.forRoles("cas.support", "carer-support");

    @Test
    void createsACarerAndReadsItBackThroughItsLocation() {
        String location = given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body("{\"name\": \"Sam Okafor\", \"nhsNumber\": \"9990000034\", \"identifiedVia\": \"SELF\"}")
                .post("/api/v1/carers")
                .then().statusCode(201)
                .body("status", equalTo("IDENTIFIED"))
                .body("version", equalTo(0))
                .extract().header("Location");

        given().auth().oauth2(TOKEN).get(location)
                .then().statusCode(200)
                .body("name", equalTo("Sam Okafor"))
                .body("nhsNumber", equalTo("9990000034"))
                .body("status", equalTo("IDENTIFIED"));
    }

    @Test
    void refusesCallsWithoutAToken() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Sam Okafor\", \"nhsNumber\": \"9990000034\", \"identifiedVia\": \"SELF\"}")
                .post("/api/v1/carers")
                .then().statusCode(401);
    }

    @Test
    void refusesRolesThatMayNotCreate() {
        given().auth().oauth2(TestTokens.forRoles("pip.partner", "partner")).contentType(ContentType.JSON)
                .body("{\"name\": \"Sam Okafor\", \"nhsNumber\": \"9990000034\", \"identifiedVia\": \"SELF\"}")
                .post("/api/v1/carers")
                .then().statusCode(403);
    }

    @Test
    void rejectsAnInvalidNhsNumber() {
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body("{\"name\": \"Sam Okafor\", \"nhsNumber\": \"9434765918\", \"identifiedVia\": \"SELF\"}")
                .post("/api/v1/carers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("nhsNumber"));
    }

    @Test
    void acceptsACarerWithoutAnNhsNumberButNotWithoutAName() {
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body("{\"name\": \"Jo Reid\", \"identifiedVia\": \"VCSE\"}")
                .post("/api/v1/carers")
                .then().statusCode(201)
                .body("name", equalTo("Jo Reid"));
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body("{\"name\": \"  \", \"identifiedVia\": \"VCSE\"}")
                .post("/api/v1/carers")
                .then().statusCode(400);
    }

    @Test
    void answers404ForAnUnknownCarer() {
        given().auth().oauth2(TOKEN)
                .get("/api/v1/carers/{id}", "0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10")
                .then().statusCode(404);
    }

    @Test
    void refusesASecondRecordForTheSameCarer() {
        String nhsNumber = TestNhsNumbers.random();
        String first = CarerFixtures.create(CarerFixtures.body(nhsNumber));
        support().body(CarerFixtures.body(nhsNumber)).post(PATH).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:icr:problem:carer-already-recorded")).body("detail", containsString(first));
        support().body(CarerFixtures.body(null).replace("\"name\": \"Margaret Evans\"", "\"name\": \"\u2003\""))
                .post(PATH).then().statusCode(400).contentType("application/problem+json");
    }
}
