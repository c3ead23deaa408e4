package uk.icr.careplan.events;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.icr.careplan.CarePlanFixtures.PATH;
import static uk.icr.careplan.CarePlanFixtures.coordinator;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.stack.test.AssessmentStandIn;
import uk.icr.stack.test.Eventually;
import uk.icr.stack.test.TestEvents;
import uk.icr.stack.test.TestNhsNumbers;

/**
 * AssessmentCompleted through the real broker, as the assessment-service publishes it (each event is
 * checked against its contract before it is sent): eligible starts a draft plan, not eligible nothing,
 * and a redelivery changes nothing.
 */
@QuarkusTest
class AssessmentEventsHandlerTest {

    private static final String TOPIC = "icr.assessments.v1";

    static String completed(UUID assessmentId, String nhsNumber, boolean eligible, List<String> eligibleNeeds) {
        String needs = eligibleNeeds.stream().map(n -> "\"" + n + "\"").reduce((a, b) -> a + ", " + b).orElse("");
        return """
                {"assessmentId": "%s", "nhsNumber": "%s", "type": "JOINT_HEALTH_AND_SOCIAL_CARE", "status": "COMPLETED",
                 "method": "SERVICE_USER_AND_CARER", "primarySupportReason": "PHYSICAL_SUPPORT_PERSONAL_CARE",
                 "completedDate": "2026-11-23", "eligible": %s, "computedEligible": %s, "overridden": false,
                 "outcomesUnableToAchieve": [%s], "eligibleNeedCodes": [%s], "healthNeeds": [], "carers": [],
                 "contributorOrganisations": [{"odsCode": "Y02847", "sector": "HEALTH"}], "version": 2,
                 "link": "/api/v1/assessments/%s"}
                """.formatted(assessmentId, nhsNumber, eligible, eligible, needs, eligible ? needs : "", assessmentId);
    }

    @Test
    void anEligibleAssessmentStartsOneDraftPlanWithItsNeedsEvenWhenRedelivered() {
        String nhsNumber = TestNhsNumbers.random();
        UUID assessment = UUID.randomUUID();
        String data = completed(assessment, nhsNumber, true, List.of("NUTRITION", "PERSONAL_HYGIENE"));
        given().body("{\"id\": \"" + assessment + "\", \"nhsNumber\": \"" + nhsNumber + "\", \"whatMattersToMe\":"
                + " \"Staying at home with Margaret.\", \"status\": \"COMPLETED\"}")
                .put(ConfigProvider.getConfig().getValue(AssessmentStandIn.URL, String.class) + "/stand-in/assessments/"
                        + assessment).then().statusCode(204);
        String id = TestEvents.sendCloudEvent(TOPIC, nhsNumber, AssessmentEventsHandler.COMPLETED, assessment.toString(), data);
        TestEvents.send(TOPIC, nhsNumber, data,
                TestEvents.cloudEventHeaders(id, AssessmentEventsHandler.COMPLETED, assessment.toString()));

        Eventually.assertThat(Duration.ofSeconds(30), () -> coordinator().queryParam("nhsNumber", nhsNumber).get(PATH)
                .then().body("items", hasSize(1)));
        // The second delivery has had time to be processed too: still one plan, drafted once.
        TestEvents.awaitRecord(CarePlanEvents.TOPIC, r -> nhsNumber.equals(r.key()), Duration.ofSeconds(30));
        coordinator().queryParam("nhsNumber", nhsNumber).get(PATH).then()
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("DRAFT"))
                .body("items[0].assessmentIds", contains(assessment.toString()))
                .body("items[0].needs.code", contains("NUTRITION", "PERSONAL_HYGIENE"))
                .body("items[0].needs.metBy", contains("COUNCIL", "COUNCIL"))
                .body("items[0].aboutMe.whatMattersToMe", equalTo("Staying at home with Margaret."))
                .body("items[0].version", equalTo(0));
    }

    @Test
    void aSecondEligibleAssessmentJoinsTheDraftAndANotEligibleOneStartsNothing() {
        String nhsNumber = TestNhsNumbers.random();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        TestEvents.sendCloudEvent(TOPIC, nhsNumber, AssessmentEventsHandler.COMPLETED, first.toString(),
                completed(first, nhsNumber, true, List.of("NUTRITION", "TOILET_NEEDS")));
        TestEvents.sendCloudEvent(TOPIC, nhsNumber, AssessmentEventsHandler.COMPLETED, second.toString(),
                completed(second, nhsNumber, true, List.of("TOILET_NEEDS", "HOME_SAFETY")));
        Eventually.assertThat(Duration.ofSeconds(30), () -> coordinator().queryParam("nhsNumber", nhsNumber).get(PATH)
                .then().body("items", hasSize(1)).body("items[0].assessmentIds", hasSize(2))
                // Neither assessment is known to the assessment-service stand-in: the draft is made without the words.
                .body("items[0].aboutMe", nullValue())
                .body("items[0].needs.code", contains("NUTRITION", "TOILET_NEEDS", "HOME_SAFETY")));

        String other = TestNhsNumbers.random();
        UUID notEligible = UUID.randomUUID();
        TestEvents.sendCloudEvent(TOPIC, other, AssessmentEventsHandler.COMPLETED, notEligible.toString(),
                completed(notEligible, other, false, List.of("NUTRITION")));
        // Sent after the not-eligible one on the same partition (same key): once it has a plan, the first was handled.
        UUID marker = UUID.randomUUID();
        TestEvents.sendCloudEvent(TOPIC, other, AssessmentEventsHandler.COMPLETED, marker.toString(),
                completed(marker, other, true, List.of("NUTRITION", "HOME_SAFETY")));
        Eventually.assertThat(Duration.ofSeconds(30), () -> coordinator().queryParam("nhsNumber", other).get(PATH)
                .then().body("items", hasSize(1)).body("items[0].assessmentIds", contains(marker.toString())));
    }
}
