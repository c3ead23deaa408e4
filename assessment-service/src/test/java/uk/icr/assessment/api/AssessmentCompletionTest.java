package uk.icr.assessment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.icr.assessment.AssessmentFixtures.PATH;
import static uk.icr.assessment.AssessmentFixtures.inProgress;
import static uk.icr.assessment.AssessmentFixtures.joint;
import static uk.icr.assessment.AssessmentFixtures.practitioner;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.assessment.AssessmentFixtures;
import uk.icr.assessment.eligibility.Outcome;
import uk.icr.stack.test.TestNhsNumbers;
import uk.icr.stack.test.TestTokens;

/** Completing an assessment: what it needs, the determination it makes, and an assessor's override. */
@QuarkusTest
class AssessmentCompletionTest {

    static Stream<Arguments> decisions() {
        List<Outcome> one = List.of(Outcome.NUTRITION);
        List<Outcome> two = List.of(Outcome.NUTRITION, Outcome.TOILET_NEEDS);
        return Stream.of(
                Arguments.of("one outcome unable", true, one, true, null, false, false),
                Arguments.of("two outcomes without significant impact", true, two, false, null, false, false),
                Arguments.of("no impairment", false, two, true, null, false, false),
                Arguments.of("two outcomes with impact", true, two, true, null, true, true),
                Arguments.of("override to eligible with a justification", true, one, true,
                        Map.of("eligible", true, "justification", "Fluctuating needs understated on the day."), false, true),
                Arguments.of("override to not eligible with a justification", true, two, true,
                        Map.of("eligible", false, "justification", "Needs met by an existing NHS package."), true, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void completionComputesTheDeterminationAndKeepsAnOverrideBesideIt(String name, boolean impairment, List<Outcome> unable,
            boolean impact, Map<String, Object> override, boolean computed, boolean decision) {
        String id = inProgress(joint(TestNhsNumbers.random(), impairment, unable, impact));
        practitioner().header("If-Match", "\"1\"")
                .body(override == null ? Map.of() : Map.of("eligibilityOverride", override))
                .post(PATH + "/{id}/complete", id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("COMPLETED"))
                .body("completedDate", notNullValue())
                .body("eligibility.eligible", equalTo(decision))
                .body("eligibility.computed.eligible", equalTo(computed));

        var eligibility = practitioner().get(PATH + "/{id}/eligibility", id).then().statusCode(200)
                .body("eligible", equalTo(decision))
                .body("computed.eligible", equalTo(computed))
                .body("computed.impairmentOrIllness", equalTo(impairment))
                .body("computed.outcomesUnableToAchieve", hasSize(unable.size()))
                .body("computed.reasons", hasSize(4));
        if (override == null) {
            eligibility.body("override", nullValue());
        } else {
            eligibility.body("override.justification", equalTo(override.get("justification")))
                    .body("override.recordedBy", equalTo("pat.practitioner"))
                    .body("override.recordedAt", notNullValue());
        }
    }

    @Test
    void anOverrideWithoutAJustificationIsRefusedAndNothingChanges() {
        String id = inProgress(joint(TestNhsNumbers.random(), true, List.of(Outcome.NUTRITION), true));
        practitioner().header("If-Match", "\"1\"").body(Map.of("eligibilityOverride", Map.of("eligible", true)))
                .post(PATH + "/{id}/complete", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("eligibilityOverride.justification"));
        practitioner().header("If-Match", "\"1\"").body(Map.of("eligibilityOverride", Map.of("eligible", true, "justification", " ")))
                .post(PATH + "/{id}/complete", id)
                .then().statusCode(400).body("errors.field", contains("eligibilityOverride.justification"));
        practitioner().get(PATH + "/{id}", id).then().body("status", equalTo("IN_PROGRESS")).body("version", equalTo(1));
    }

    @Test
    void anOverrideThatAgreesWithTheComputedDecisionIsRefused() {
        String id = inProgress(AssessmentFixtures.eligible(TestNhsNumbers.random()));
        practitioner().header("If-Match", "\"1\"")
                .body(Map.of("eligibilityOverride", Map.of("eligible", true, "justification", "Clearly eligible.")))
                .post(PATH + "/{id}/complete", id)
                .then().statusCode(422).body("type", equalTo("urn:icr:problem:override-agrees-with-computed"));
    }

    @Test
    void aJointAssessmentWithoutBothSectorsOrWithAnUnexplainedOutcomeGets422NamingEachGap() {
        Map<String, Object> body = AssessmentFixtures.eligible(TestNhsNumbers.random());
        body.put("contributors", List.of(Map.of("name", "Dr Amira Shah", "role", "GP", "organisation", "Y02847",
                "sector", "HEALTH")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> outcomes = (List<Map<String, Object>>) body.get("outcomes");
        outcomes.set(0, Map.of("outcome", "NUTRITION", "unableToAchieve", true, "reasons", List.of()));
        String id = inProgress(body);

        practitioner().header("If-Match", "\"1\"").post(PATH + "/{id}/complete", id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:icr:problem:assessment-incomplete"))
                .body("errors.field", containsInAnyOrder("contributors", "outcomes[0].reasons"))
                .body("errors.message", hasItem("a joint assessment needs at least one contributor from SOCIAL_CARE; it has none"))
                .body("errors.message", hasItem("NUTRITION is unable to achieve but gives no reason: name at least one"));
        practitioner().get(PATH + "/{id}", id).then().body("status", equalTo("IN_PROGRESS")).body("eligibility", nullValue());
        practitioner().get(PATH + "/{id}/eligibility", id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anAssessmentWithNothingRecordedListsEverythingItNeeds() {
        String id = inProgress(Map.of("nhsNumber", TestNhsNumbers.random(), "type", "CARE_ACT_NEEDS"));
        practitioner().header("If-Match", "\"1\"").post(PATH + "/{id}/complete", id)
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("method", "primarySupportReason", "impairmentOrIllness",
                        "contributors", "outcomes", "wellbeing"));
    }

    @Test
    void onlyAnInProgressAssessmentCompletesAndACompletedOneIsReadOnly() {
        String nhsNumber = TestNhsNumbers.random();
        String planned = practitioner().body(AssessmentFixtures.eligible(nhsNumber)).post(PATH)
                .then().statusCode(201).extract().path("id");
        practitioner().header("If-Match", "\"0\"").post(PATH + "/{id}/complete", planned)
                .then().statusCode(409).body("detail", equalTo("Only an IN_PROGRESS assessment can be completed; this one is"
                        + " PLANNED: start it first."));

        String id = inProgress(AssessmentFixtures.eligible(nhsNumber));
        practitioner().header("If-Match", "\"1\"").post(PATH + "/{id}/complete", id).then().statusCode(200);
        practitioner().header("If-Match", "\"2\"").contentType("application/merge-patch+json")
                .body(Map.of("whatMattersToMe", "changed")).patch(PATH + "/{id}", id)
                .then().statusCode(409).contentType("application/problem+json");
        practitioner().header("If-Match", "\"2\"").body(Map.of("reason", "no longer needed")).post(PATH + "/{id}/cancel", id)
                .then().statusCode(409);
        practitioner().header("If-Match", "\"2\"").post(PATH + "/{id}/complete", id).then().statusCode(409);

        // A wrong completed assessment is marked entered in error, and keeps its determination for the record.
        practitioner().header("If-Match", "\"2\"").body(Map.of("reason", "Recorded against the wrong person."))
                .post(PATH + "/{id}/entered-in-error", id)
                .then().statusCode(200).body("status", equalTo("ENTERED_IN_ERROR"))
                .body("statusReason", equalTo("Recorded against the wrong person."))
                .body("eligibility.eligible", equalTo(true));
        practitioner().header("If-Match", "\"3\"").body(Map.of("reason", "again")).post(PATH + "/{id}/entered-in-error", id)
                .then().statusCode(409);
    }

    @Test
    void theCompletedDateCannotBeInTheFutureNorBeforeTheStart() {
        String id = inProgress(AssessmentFixtures.eligible(TestNhsNumbers.random()));
        for (String day : List.of("2999-01-01", "2020-01-01")) {
            practitioner().header("If-Match", "\"1\"").body(Map.of("completedDate", day)).post(PATH + "/{id}/complete", id)
                    .then().statusCode(400).body("errors.field", contains("completedDate"));
        }
        practitioner().get(PATH + "/{id}", id).then().body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void cancellingNeedsAReason() {
        String id = inProgress(Map.of("nhsNumber", TestNhsNumbers.random(), "type", "REABLEMENT"));
        practitioner().header("If-Match", "\"1\"").body(Map.of()).post(PATH + "/{id}/cancel", id)
                .then().statusCode(400).body("errors.field", contains("reason"));
        practitioner().header("If-Match", "\"1\"").body(Map.of("reason", "The person moved out of the area."))
                .post(PATH + "/{id}/cancel", id)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void onlyWritersComplete() {
        String id = inProgress(AssessmentFixtures.eligible(TestNhsNumbers.random()));
        given().auth().oauth2(TestTokens.forRoles("ann.auditor", "auditor"))
                .header("If-Match", "\"1\"").post(PATH + "/{id}/complete", id).then().statusCode(403);
        given().auth().oauth2(TestTokens.forRoles("ann.auditor", "auditor"))
                .get(PATH + "/{id}", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.forRoles("pip.partner", "partner"))
                .get(PATH + "/{id}", id).then().statusCode(403);
    }
}
