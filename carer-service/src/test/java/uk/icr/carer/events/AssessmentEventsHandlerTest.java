package uk.icr.carer.events;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.icr.carer.CarerFixtures.PATH;
import static uk.icr.carer.CarerFixtures.support;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.carer.CarerFixtures;
import uk.icr.kit.events.CloudEventHeaders;
import uk.icr.stack.test.AssessmentStandIn;
import uk.icr.stack.test.EventContracts;
import uk.icr.stack.test.Eventually;
import uk.icr.stack.test.TestEvents;
import uk.icr.stack.test.TestNhsNumbers;

/** Completed assessments that name unpaid carers, through the real broker: one carer record each, however often delivered. */
@QuarkusTest
class AssessmentEventsHandlerTest {

    private static final String TOPIC = "icr.assessments.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "icr.db.schema")
    String schema;

    /** The assessment as its service answers it, with the carers' names and contacts. */
    private static void assessment(UUID id, String nhsNumber, UUID margaret, UUID daniel, String danielNhs) {
        AssessmentStandIn.register(id, """
                {"id": "%s", "nhsNumber": "%s", "status": "COMPLETED", "carers": [
                  {"id": "%s", "name": "Margaret Evans", "relationship": "SPOUSE_OR_PARTNER", "phone": "07700 900123",
                   "livesWithPerson": true, "agreedToBeContacted": true},
                  {"id": "%s", "name": "Daniel Evans", "relationship": "SON_OR_DAUGHTER", "nhsNumber": "%s",
                   "livesWithPerson": false, "agreedToBeContacted": false}]}""".formatted(id, nhsNumber, margaret, daniel, danielNhs));
    }

    private static String completed(UUID id, String nhsNumber, UUID margaret, UUID daniel, String danielNhs) {
        return """
                {"assessmentId": "%s", "nhsNumber": "%s", "type": "CARE_ACT_NEEDS", "status": "COMPLETED",
                 "method": "SERVICE_USER_AND_CARER", "primarySupportReason": "PHYSICAL_SUPPORT_PERSONAL_CARE", "completedDate": "2026-11-20",
                 "eligible": true, "computedEligible": true, "overridden": false, "outcomesUnableToAchieve": ["NUTRITION"],
                 "eligibleNeedCodes": ["NUTRITION"], "healthNeeds": [], "carers": [
                   {"carerId": "%s", "relationship": "SPOUSE_OR_PARTNER", "livesWithPerson": true, "agreedToBeContacted": true},
                   {"carerId": "%s", "nhsNumber": "%s", "relationship": "SON_OR_DAUGHTER", "livesWithPerson": false,
                    "agreedToBeContacted": false}],
                 "contributorOrganisations": [{"odsCode": "E08000026", "sector": "SOCIAL_CARE"}], "version": 2,
                 "link": "/api/v1/assessments/%s"}""".formatted(id, nhsNumber, margaret, daniel, danielNhs, id);
    }

    @Test
    void namedCarersGetOneRecordEachLinkedToThePersonAndRedeliveryChangesNothing() {
        String person = TestNhsNumbers.random();
        String danielNhs = TestNhsNumbers.random();
        UUID assessment = UUID.randomUUID();
        UUID margaret = UUID.randomUUID();
        UUID daniel = UUID.randomUUID();
        assessment(assessment, person, margaret, daniel, danielNhs);
        String data = completed(assessment, person, margaret, daniel, danielNhs);
        String eventId = TestEvents.sendCloudEvent(TOPIC, person, AssessmentEventsHandler.COMPLETED, assessment.toString(), data);
        TestEvents.send(TOPIC, person, data, TestEvents.cloudEventHeaders(eventId, AssessmentEventsHandler.COMPLETED,
                assessment.toString()));

        Eventually.assertThat(WAIT, () -> support().queryParam("caredForNhsNumber", person).get(PATH).then()
                .body("items", hasSize(2)).body("items.name", containsInAnyOrder("Margaret Evans", "Daniel Evans")));
        support().queryParam("caredForNhsNumber", person).get(PATH).then()
                .body("items.find { it.name == 'Margaret Evans' }.status", equalTo("ASSESSMENT_OFFERED"))
                .body("items.find { it.name == 'Margaret Evans' }.identifiedVia", equalTo("ASSESSMENT"))
                .body("items.find { it.name == 'Margaret Evans' }.caringFor[0].assessmentId", equalTo(assessment.toString()))
                .body("items.find { it.name == 'Daniel Evans' }.status", equalTo("IDENTIFIED"))
                .body("items.find { it.name == 'Daniel Evans' }.nhsNumber", equalTo(danielNhs));
        String margaretId = support().queryParam("caredForNhsNumber", person).get(PATH).then().extract()
                .path("items.find { it.name == 'Margaret Evans' }.id");
        support().get(PATH + "/{id}/assessments", margaretId).then().body("status", contains("OFFERED"));
        EventContracts.assertConforms(TestEvents.awaitEvent(CarerEvents.TOPIC, margaretId, CarerEvents.ASSESSMENT_OFFERED));

        // A later assessment naming the same carers finds them: Margaret by name and person, Daniel by NHS number.
        String again = nameAgain(person, danielNhs);
        // ... and Daniel, named again for another person he cares for, gets that relationship added.
        String mother = TestNhsNumbers.random();
        nameAgain(mother, danielNhs);
        Eventually.assertThat(WAIT, () -> support().queryParam("nhsNumber", danielNhs).get(PATH).then()
                .body("items", hasSize(1)).body("items[0].caringFor.caredForNhsNumber", containsInAnyOrder(person, mother)));
        Eventually.assertThat(WAIT, () -> assertTrue(handled(again)));
        support().queryParam("caredForNhsNumber", person).get(PATH).then().body("items", hasSize(2));
        assertEquals(1, TestEvents.events(CarerEvents.TOPIC, margaretId, CarerEvents.IDENTIFIED, Duration.ofSeconds(2)).size());
    }

    /** Another completed assessment of {@code person} naming Margaret and Daniel (by his NHS number). */
    private String nameAgain(String person, String danielNhs) {
        UUID assessment = UUID.randomUUID();
        UUID margaret = UUID.randomUUID();
        UUID daniel = UUID.randomUUID();
        assessment(assessment, person, margaret, daniel, danielNhs);
        return TestEvents.sendCloudEvent(TOPIC, person, AssessmentEventsHandler.COMPLETED, assessment.toString(),
                completed(assessment, person, margaret, daniel, danielNhs));
    }

    private boolean handled(String eventId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from " + schema + ".inbox where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).intValue() == 1;
    }

    @Test
    void aCarerRecordedByHandIsFoundAndLinkedToTheAssessmentThatNamesThem() {
        String person = TestNhsNumbers.random();
        String margaret = CarerFixtures.create(CarerFixtures.caring(null, person));
        UUID assessment = UUID.randomUUID();
        UUID named = UUID.randomUUID();
        UUID daniel = UUID.randomUUID();
        String danielNhs = TestNhsNumbers.random();
        assessment(assessment, person, named, daniel, danielNhs);
        TestEvents.sendCloudEvent(TOPIC, person, AssessmentEventsHandler.COMPLETED, assessment.toString(),
                completed(assessment, person, named, daniel, danielNhs));
        Eventually.assertThat(WAIT, () -> support().get(PATH + "/{id}", margaret).then()
                .body("status", equalTo("ASSESSMENT_OFFERED"))
                .body("identifiedVia", equalTo("GP"))
                .body("caringFor[0].hoursPerWeek", equalTo(50))
                .body("caringFor[0].assessmentId", equalTo(assessment.toString())));
        support().queryParam("caredForNhsNumber", person).get(PATH).then().body("items.name", containsInAnyOrder(
                "Margaret Evans", "Daniel Evans"));
    }

    @Test
    void aCarePlanInForceIsLinkedToThePersonsCarers() {
        String person = TestNhsNumbers.random();
        String carer = support().body(CarerFixtures.caring(null, person)).post(PATH).then().statusCode(201)
                .extract().path("id");
        UUID plan = UUID.randomUUID();
        TestEvents.sendCloudEvent("icr.care-plans.v1", person, CarePlanEventsHandler.ACTIVATED, plan.toString(), """
                {"carePlanId": "%s", "nhsNumber": "%s", "status": "ACTIVE", "coordinator": {"userId": "carol.coordinator"},
                 "needsMetBy": [{"metBy": "CARER", "needs": 1}], "nextReviewDue": "2027-01-18", "version": 3,
                 "link": "/api/v1/care-plans/%s"}""".formatted(plan, person, plan));
        Eventually.assertThat(WAIT, () -> support().get(PATH + "/{id}", carer).then()
                .body("caringFor[0].carePlanId", equalTo(plan.toString())).body("version", equalTo(1)));
    }

    @Test
    void anEventThatBreaksItsContractIsDeadLetteredAtOnce() {
        String person = TestNhsNumbers.random();
        UUID assessment = UUID.randomUUID();
        String eventId = TestEvents.sendCloudEvent(TOPIC, person, AssessmentEventsHandler.COMPLETED, assessment.toString(),
                completed(assessment, "1234567890", UUID.randomUUID(), UUID.randomUUID(), TestNhsNumbers.random()));
        var dead = TestEvents.awaitRecord(TOPIC + ".dlq", r -> eventId.equals(CloudEventHeaders.value(r.headers(),
                CloudEventHeaders.ID)), WAIT);
        assertTrue(CloudEventHeaders.value(dead.headers(), "icr_dlq_reason").contains("valid nhsNumber"));
    }
}
