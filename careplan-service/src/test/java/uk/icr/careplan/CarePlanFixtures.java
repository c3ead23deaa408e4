package uk.icr.careplan;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.icr.kit.time.EnglandClock;
import uk.icr.stack.test.ResourceUnderTest;
import uk.icr.stack.test.TestTokens;

/** Care plan bodies and callers for tests. */
public final class CarePlanFixtures {

    public static final String PATH = "/api/v1/care-plans";
    /** The main resource, as the shared convention and event tests exercise it. */
    public static final ResourceUnderTest RESOURCE = new ResourceUnderTest(PATH, "care-coordinator",
            nhsNumber -> "{\"nhsNumber\": \"" + nhsNumber + "\"}", "close", "CLOSED", "{\"reason\": \"The person moved away.\"}");

    private CarePlanFixtures() {
    }

    public static RequestSpecification coordinator() {
        return given().auth().oauth2(TestTokens.forRoles("cara.coordinator", "care-coordinator")).contentType(ContentType.JSON);
    }

    public static RequestSpecification practitioner() {
        return given().auth().oauth2(TestTokens.forRoles("pat.practitioner", "practitioner")).contentType(ContentType.JSON);
    }

    /** Everything activation needs, with needs that no budget pays for (met by the carer and the person). */
    public static Map<String, Object> complete(String nhsNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nhsNumber", nhsNumber);
        body.put("periodStart", LocalDate.now(EnglandClock.ENGLAND).toString());
        body.put("aboutMe", Map.of("whatMattersToMe", "Staying at home with Margaret."));
        body.put("needs", List.of(
                Map.of("code", "NUTRITION", "eligible", true, "metBy", "CARER"),
                Map.of("description", "Getting to the allotment", "eligible", false, "metBy", "SELF")));
        body.put("goals", List.of(Map.of("description", "To cook a meal for Margaret once a week", "importance", 8,
                "status", "NOT_STARTED", "actions", List.of(Map.of("what", "Kitchen assessment",
                        "who", Map.of("name", "Priya Nair", "role", "Occupational therapist", "organisation", "E08000026"),
                        "status", "PLANNED")))));
        body.put("coordinator", Map.of("userId", "cara.coordinator", "name", "Cara Jones", "organisation", "E08000026"));
        body.put("contingencyPlans", List.of(Map.of("triggers", List.of("Margaret is taken ill"),
                "whatShouldHappen", "Call rapid response for same-day home care.",
                "whoToContact", List.of(Map.of("name", "Rapid response", "phone", "0113 496 0999")))));
        body.put("agreement", Map.of("agreedBy", "Arthur Evans", "role", "THE_PERSON", "agreedOn", LocalDate.now(EnglandClock.ENGLAND).toString()));
        return body;
    }

    public static String create(Object body) {
        return coordinator().body(body).post(PATH).then().statusCode(201).extract().path("id");
    }

    /** A complete plan, activated: ACTIVE at version 1. */
    public static String active(String nhsNumber) {
        String id = create(complete(nhsNumber));
        coordinator().header("If-Match", "\"0\"").post(PATH + "/{id}/activate", id).then().statusCode(200);
        return id;
    }
}
