package uk.icr.carer;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.icr.stack.test.ResourceUnderTest;
import uk.icr.stack.test.TestNhsNumbers;
import uk.icr.stack.test.TestTokens;

/** Carer bodies and callers for tests. */
public final class CarerFixtures {

    public static final String PATH = "/api/v1/carers";
    /** The main resource, as the shared convention and event tests exercise it. */
    public static final ResourceUnderTest RESOURCE = new ResourceUnderTest(PATH, "carer-support", CarerFixtures::body,
            "offer-assessment", "ASSESSMENT_OFFERED", null)
            // One record per carer: several carers of one person make the page.
            .listedBy("caredForNhsNumber", caredFor -> caring(null, caredFor));

    private CarerFixtures() {
    }

    public static RequestSpecification support() {
        return given().auth().oauth2(TestTokens.forRoles("cas.support", "carer-support")).contentType(ContentType.JSON);
    }

    public static RequestSpecification practitioner() {
        return given().auth().oauth2(TestTokens.forRoles("pat.practitioner", "practitioner")).contentType(ContentType.JSON);
    }

    /** A carer with their own NHS number, caring for a random person. */
    public static String body(String nhsNumber) {
        return caring(nhsNumber, TestNhsNumbers.random());
    }

    /** Margaret, who cares for {@code caredFor} 50 hours a week. */
    public static String caring(String nhsNumber, String caredFor) {
        return """
                {"name": "Margaret Evans", %s"phone": "07700 900123", "identifiedVia": "GP", "caringFor": [
                  {"caredForNhsNumber": "%s", "relationship": "SPOUSE_OR_PARTNER", "livesWith": true, "hoursPerWeek": 50}]}
                """.formatted(nhsNumber == null ? "" : "\"nhsNumber\": \"" + nhsNumber + "\", ", caredFor);
    }

    public static String create(String body) {
        return support().body(body).post(PATH).then().statusCode(201).extract().path("id");
    }
}
