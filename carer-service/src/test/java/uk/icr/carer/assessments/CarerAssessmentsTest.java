package uk.icr.carer.assessments;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static uk.icr.carer.CarerFixtures.PATH;
import static uk.icr.carer.CarerFixtures.support;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.carer.CarerFixtures;
import uk.icr.carer.events.CarerEvents;
import uk.icr.kit.time.EnglandClock;
import uk.icr.stack.test.EventContracts;
import uk.icr.stack.test.TestEvents;
import uk.icr.stack.test.TestNhsNumbers;

/** A carer's assessment through the API: offered, started, completed with the decision the service computes. */
@QuarkusTest
class CarerAssessmentsTest {

    private static final String OUTCOMES = """
            [{"outcome": "CARING_FOR_CHILD", "unableToAchieve": false}, {"outcome": "CARING_FOR_OTHERS", "unableToAchieve": false},
             {"outcome": "HABITABLE_HOME", "unableToAchieve": false}, {"outcome": "NUTRITION", "unableToAchieve": false},
             {"outcome": "RELATIONSHIPS", "unableToAchieve": true, "reasons": ["PAIN_DISTRESS_ANXIETY"]},
             {"outcome": "WORK_TRAINING_EDUCATION_VOLUNTEERING", "unableToAchieve": false},
             {"outcome": "COMMUNITY_FACILITIES", "unableToAchieve": false},
             {"outcome": "RECREATION", "unableToAchieve": true, "reasons": ["NEEDS_ASSISTANCE"]}]""";

    static final String SUPPORT_PLAN = """
            {"needs": ["A break from caring one afternoon a week"], "goals": ["Keep my part-time job"],
             "actions": ["Day centre place for Tom on Wednesdays"],
             "support": [{"type": "RESPITE", "detail": "Wednesday afternoons"}, {"type": "FLU_VACCINATION"}],
             "emergencyPlan": {"whatHappens": "Daniel stays with his father; the care agency adds a night call.",
               "contacts": [{"name": "Daniel Evans", "relationship": "son", "phone": "07700 900456"}]},
             "agreedOn": "2026-11-20"}""";

    private static String findings(String outcomes) {
        return """
                {"providesNecessaryCare": true, "ableToContinueCaring": true, "willingToContinueCaring": true,
                 "outcomesWanted": "One afternoon a week to myself.", "healthAtRisk": false, "outcomes": %s,
                 "significantImpactOnWellbeing": true}""".formatted(outcomes);
    }

    @Test
    void anOfferedAssessmentIsCompletedWithTheDecisionTheServiceComputes() {
        String carer = CarerFixtures.create(CarerFixtures.body(TestNhsNumbers.random()));
        support().header("If-Match", "\"0\"").post(PATH + "/{id}/offer-assessment", carer).then().statusCode(200)
                .body("status", equalTo("ASSESSMENT_OFFERED"));
        String assessment = support().body("{\"outcomesWanted\": \"Sleep.\"}").post(PATH + "/{id}/assessments", carer)
                .then().statusCode(201).body("status", equalTo("IN_PROGRESS")).extract().path("id");
        support().get(PATH + "/{id}/assessments", carer).then().body("", hasSize(1)); // the offered one, started

        support().header("If-Match", "\"1\"").body(findings("[]")).post(PATH + "/{id}/assessments/{a}/complete", carer, assessment)
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("outcomes"));
        support().header("If-Match", "\"1\"").body(findings(OUTCOMES)).post(PATH + "/{id}/assessments/{a}/complete", carer, assessment)
                .then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("determination.eligible", equalTo(true))
                .body("determination.outcomesUnableToAchieve", contains("RELATIONSHIPS", "RECREATION"));
        support().get(PATH + "/{id}", carer).then().body("status", equalTo("ASSESSED"));

        var event = TestEvents.awaitEvent(CarerEvents.TOPIC, carer, CarerEvents.ASSESSMENT_COMPLETED);
        EventContracts.assertConforms(event);
        support().header("If-Match", "\"2\"").body(findings(OUTCOMES)).post(PATH + "/{id}/assessments/{a}/complete", carer, assessment)
                .then().statusCode(409);
    }

    @Test
    void takingSignificantlyLongerIsRefusedAsACarersReason() {
        String carer = CarerFixtures.create(CarerFixtures.body(TestNhsNumbers.random()));
        support().body(findings(OUTCOMES.replace("\"NEEDS_ASSISTANCE\"", "\"TAKES_SIGNIFICANTLY_LONGER\"")))
                .post(PATH + "/{id}/assessments", carer).then().statusCode(400).contentType("application/problem+json");
        support().get(PATH + "/{id}/assessments", carer).then().body("", hasSize(0));
    }

    @Test
    void aYoungCarerIsFlaggedForChildrensServicesAndFoundByAge() {
        String caredFor = TestNhsNumbers.random();
        LocalDate fifteen = LocalDate.now(EnglandClock.ENGLAND).minusYears(15);
        String young = CarerFixtures.create(CarerFixtures.caring(null, caredFor).replace("\"phone\"",
                "\"dateOfBirth\": \"" + fifteen + "\", \"phone\""));
        String adult = CarerFixtures.create(CarerFixtures.caring(null, caredFor).replace("\"phone\"",
                "\"dateOfBirth\": \"1960-01-01\", \"phone\""));
        support().get(PATH + "/{id}", young).then().body("youngCarer", equalTo(true))
                .body("childrensServicesConsideration", equalTo(true));
        support().get(PATH + "/{id}", adult).then().body("youngCarer", equalTo(false));
        support().queryParam("caredForNhsNumber", caredFor).queryParam("youngCarer", true).get(PATH).then()
                .body("items.id", contains(young));
        support().queryParam("caredForNhsNumber", caredFor).queryParam("youngCarer", false).get(PATH).then()
                .body("items.id", contains(adult));
        support().get(PATH + "/{id}/assessments/{a}", young, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aSupportPlanFollowsTheAssessmentAndAStoppedCarersAssessmentCannotBeCompleted() {
        String carer = CarerFixtures.create(CarerFixtures.body(TestNhsNumbers.random()));
        support().header("If-Match", "\"0\"").body(SUPPORT_PLAN).put(PATH + "/{id}/support-plan", carer).then().statusCode(409)
                .contentType("application/problem+json");
        support().body(findings("[null]")).post(PATH + "/{id}/assessments", carer).then().statusCode(400)
                .contentType("application/problem+json");
        // Starting an assessment of an IDENTIFIED carer is offering it.
        String assessment = support().body(findings(OUTCOMES)).post(PATH + "/{id}/assessments", carer).then().statusCode(201)
                .extract().path("id");
        support().get(PATH + "/{id}", carer).then().body("status", equalTo("ASSESSMENT_OFFERED")).body("version", equalTo(1));
        support().header("If-Match", "\"1\"").body(findings(OUTCOMES)).post(PATH + "/{id}/assessments/{a}/complete", carer, assessment)
                .then().statusCode(200);
        support().header("If-Match", "\"2\"").body(SUPPORT_PLAN).put(PATH + "/{id}/support-plan", carer).then().statusCode(200)
                .body("status", equalTo("SUPPORTED")).body("supportPlan.emergencyPlan.contacts[0].name", equalTo("Daniel Evans"));
        support().get(PATH + "/{id}/support-plan", carer).then().statusCode(200).body("support.type", hasItem("RESPITE"));
        EventContracts.assertConforms(TestEvents.awaitEvent(CarerEvents.TOPIC, carer, CarerEvents.SUPPORT_PLAN_AGREED));

        String stopping = CarerFixtures.create(CarerFixtures.body(TestNhsNumbers.random()));
        String open = support().body(findings(OUTCOMES)).post(PATH + "/{id}/assessments", stopping).then().statusCode(201)
                .extract().path("id");
        support().header("If-Match", "\"1\"").body("{\"reason\": \"Moved abroad.\"}").post(PATH + "/{id}/stop-caring", stopping)
                .then().statusCode(200);
        // Declined when the carer stopped (version 2): completing it now is refused.
        support().header("If-Match", "\"2\"").body(findings(OUTCOMES)).post(PATH + "/{id}/assessments/{a}/complete", stopping, open)
                .then().statusCode(409).contentType("application/problem+json");
        support().get(PATH + "/{id}/assessments/{a}", stopping, open).then().body("status", equalTo("DECLINED"));
        support().get(PATH + "/{id}", stopping).then().body("status", equalTo("NO_LONGER_CARING"));
    }
}
