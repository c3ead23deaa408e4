package uk.icr.assessment.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.icr.assessment.AssessmentFixtures.PATH;
import static uk.icr.assessment.AssessmentFixtures.practitioner;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import uk.icr.assessment.AssessmentFixtures;
import uk.icr.stack.test.TestNhsNumbers;

/** PATCH with JSON Merge Patch, and the history of every version. */
@QuarkusTest
class AssessmentChangesTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static RequestSpecification patch(String version) {
        return practitioner().contentType(MERGE_PATCH).header("If-Match", "\"" + version + "\"");
    }

    private static String planned(Map<String, Object> body) {
        return practitioner().body(body).post(PATH).then().statusCode(201).extract().path("id");
    }

    @Test
    void aMergePatchChangesOnlyWhatItNamesAndNullRemoves() {
        Map<String, Object> body = AssessmentFixtures.eligible(TestNhsNumbers.random());
        body.put("plannedDate", "2026-12-01");
        String id = planned(body);

        patch("0").body("{\"whatMattersToMe\": \"Getting back to the allotment.\", \"plannedDate\": null,"
                        + " \"type\": \"HOSPITAL_DISCHARGE\"}")
                .patch(PATH + "/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("whatMattersToMe", equalTo("Getting back to the allotment."))
                .body("plannedDate", nullValue())
                .body("type", equalTo("HOSPITAL_DISCHARGE"))
                .body("contributors", hasSize(2))
                .body("outcomes", hasSize(10));
    }

    @Test
    void aStaleOrMissingIfMatchChangesNothing() {
        String id = planned(Map.of("nhsNumber", TestNhsNumbers.random(), "type", "REABLEMENT"));
        patch("0").body(Map.of("whatMattersToMe", "first")).patch(PATH + "/{id}", id).then().statusCode(200);
        patch("0").body(Map.of("whatMattersToMe", "second")).patch(PATH + "/{id}", id)
                .then().statusCode(412).contentType("application/problem+json");
        practitioner().contentType(MERGE_PATCH).body(Map.of("whatMattersToMe", "third")).patch(PATH + "/{id}", id)
                .then().statusCode(428);
        practitioner().get(PATH + "/{id}", id).then().body("whatMattersToMe", equalTo("first")).body("version", equalTo(1));
    }

    @Test
    void aPatchIsValidatedLikeACreate() {
        String id = planned(Map.of("nhsNumber", TestNhsNumbers.random(), "type", "REABLEMENT"));
        patch("0").body(Map.of("contributors", List.of(Map.of("name", "X", "role", "GP", "organisation", "not ods",
                        "sector", "HEALTH")))).patch(PATH + "/{id}", id)
                .then().statusCode(400).body("errors.field", contains("contributors[0].organisation"));
        patch("0").body(Map.of("outcomes", List.of(
                        Map.of("outcome", "NUTRITION", "unableToAchieve", false),
                        Map.of("outcome", "NUTRITION", "unableToAchieve", true, "reasons", List.of("NEEDS_ASSISTANCE")))))
                .patch(PATH + "/{id}", id)
                .then().statusCode(400).body("errors.field", contains("outcomes[1].outcome"));
        patch("0").body(Map.of("method", "BY_POST")).patch(PATH + "/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("method"));
        patch("0").body(Map.of("status", "COMPLETED")).patch(PATH + "/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        patch("0").body(Map.of("nhsNumber", "9434765919")).patch(PATH + "/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("nhsNumber"));
        patch("0").body("[1, 2]").patch(PATH + "/{id}", id).then().statusCode(400);
        patch("0").body("{\"whatMattersToMe\": ").patch(PATH + "/{id}", id)
                .then().statusCode(400).contentType("application/problem+json");
        // Valid JSON the database cannot hold is refused as bad input, and nothing is written.
        patch("0").body("{\"whatMattersToMe\": \"nul \\u0000 inside\"}").patch(PATH + "/{id}", id)
                .then().statusCode(400).contentType("application/problem+json");
        patch("0").body("{\"plannedDate\": \"+9999999-01-01\"}").patch(PATH + "/{id}", id)
                .then().statusCode(400).contentType("application/problem+json");
        practitioner().get(PATH + "/{id}", id).then().body("version", equalTo(0));
    }

    @Test
    void namedCarersKeepTheIdsTheServiceGaveThem() {
        String id = planned(AssessmentFixtures.eligible(TestNhsNumbers.random()));
        List<Map<String, Object>> carers = practitioner().get(PATH + "/{id}", id).then().extract().path("carers");
        String carerId = (String) carers.get(0).get("id");
        assertEquals(36, carerId.length());

        Map<String, Object> brother = Map.of("name", "Tom Evans", "relationship", "SIBLING", "livesWithPerson", false,
                "agreedToBeContacted", false);
        patch("0").body(Map.of("carers", List.of(carers.get(0), brother))).patch(PATH + "/{id}", id)
                .then().statusCode(200).body("carers[0].id", equalTo(carerId)).body("carers[1].id", notNullValue());

        Map<String, Object> stranger = Map.of("id", "5f1d2c3b-8e7a-4b6c-9d0e-1f2a3b4c5d6e", "name", "Someone",
                "relationship", "FRIEND", "livesWithPerson", false, "agreedToBeContacted", true);
        patch("1").body(Map.of("carers", List.of(stranger))).patch(PATH + "/{id}", id)
                .then().statusCode(400).body("errors.field", contains("carers[0].id"));
    }

    @Test
    void historyReturnsEveryVersionWithWhoChangedItAndHow() {
        String id = AssessmentFixtures.inProgress(AssessmentFixtures.eligible(TestNhsNumbers.random()));
        patch("1").body(Map.of("whatMattersToMe", "Seeing my grandchildren.")).patch(PATH + "/{id}", id)
                .then().statusCode(200);
        patch("2").body(Map.of("whatMattersToMe", "Seeing my grandchildren.")).patch(PATH + "/{id}", id)
                .then().statusCode(200).header("ETag", "\"2\""); // no change, no new version
        practitioner().header("If-Match", "\"2\"").post(PATH + "/{id}/complete", id).then().statusCode(200);

        practitioner().get(PATH + "/{id}/history", id).then().statusCode(200)
                .body("items.version", contains(0, 1, 2, 3))
                .body("items.action", contains("CREATED", "STARTED", "UPDATED", "COMPLETED"))
                .body("items.changedBy", contains("pat.practitioner", "pat.practitioner", "pat.practitioner",
                        "pat.practitioner"))
                .body("items[0].assessment.status", equalTo("PLANNED"))
                .body("items[1].assessment.whatMattersToMe", equalTo("Staying in my own home and seeing my grandchildren on Sundays."))
                .body("items[2].assessment.whatMattersToMe", equalTo("Seeing my grandchildren."))
                .body("items[3].assessment.eligibility.eligible", equalTo(true))
                .body("nextCursor", nullValue());

        // The last version in the history is exactly what GET answers.
        Map<String, Object> current = practitioner().get(PATH + "/{id}", id).then().extract().path("$");
        Map<String, Object> last = practitioner().get(PATH + "/{id}/history", id).then().extract().path("items[3].assessment");
        assertEquals(current, last);
    }

    @Test
    void listsFilterByStatusAndType() {
        String nhsNumber = TestNhsNumbers.random();
        String reablement = planned(Map.of("nhsNumber", nhsNumber, "type", "REABLEMENT"));
        String started = AssessmentFixtures.inProgress(Map.of("nhsNumber", nhsNumber, "type", "MENTAL_HEALTH"));
        practitioner().queryParam("nhsNumber", nhsNumber).queryParam("type", "REABLEMENT").get(PATH)
                .then().statusCode(200).body("items.id", contains(reablement));
        practitioner().queryParam("nhsNumber", nhsNumber).queryParam("status", "IN_PROGRESS").get(PATH)
                .then().statusCode(200).body("items.id", contains(started));
        practitioner().queryParam("nhsNumber", nhsNumber).queryParam("status", "IN_PROGRESS").queryParam("type", "REABLEMENT")
                .get(PATH).then().statusCode(200).body("items", hasSize(0));
        practitioner().queryParam("nhsNumber", nhsNumber).queryParam("type", "SOCIAL").get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
    }
}
