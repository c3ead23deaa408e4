package uk.icr.assessment.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.icr.assessment.AssessmentFixtures.PATH;
import static uk.icr.assessment.AssessmentFixtures.practitioner;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.assessment.AssessmentFixtures;
import uk.icr.stack.test.EventContracts;
import uk.icr.stack.test.TestEvents;
import uk.icr.stack.test.TestNhsNumbers;

/** The decision reaches Kafka with the codes and ids consumers act on, and matches its contract. */
@QuarkusTest
class AssessmentCompletedEventTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void completingPublishesTheDecisionTheNeedsTheCarersAndTheOrganisations() throws Exception {
        String nhsNumber = TestNhsNumbers.random();
        String id = AssessmentFixtures.inProgress(AssessmentFixtures.eligible(nhsNumber));
        String carerId = practitioner().get(PATH + "/{id}", id).then().extract().path("carers[0].id");
        practitioner().header("If-Match", "\"1\"").post(PATH + "/{id}/complete", id).then().statusCode(200);

        ConsumerRecord<String, String> record = await(id, AssessmentEvents.COMPLETED);
        assertEquals(nhsNumber, record.key());
        EventContracts.assertConforms(record);
        JsonNode data = JSON.readTree(record.value());
        assertEquals(true, data.get("eligible").asBoolean());
        assertEquals(true, data.get("computedEligible").asBoolean());
        assertEquals(false, data.get("overridden").asBoolean());
        assertEquals(List.of("NUTRITION", "PERSONAL_HYGIENE"), strings(data.get("outcomesUnableToAchieve")));
        assertEquals(List.of("NUTRITION", "PERSONAL_HYGIENE"), strings(data.get("eligibleNeedCodes")));
        assertEquals("13645005", data.at("/healthNeeds/0/code").asText());
        assertEquals(1, data.get("healthNeeds").size(), "only coded needs travel");
        assertEquals(carerId, data.at("/carers/0/carerId").asText());
        assertEquals(true, data.at("/carers/0/agreedToBeContacted").asBoolean());
        assertEquals(2, data.get("contributorOrganisations").size());
        assertEquals(2, data.get("version").asInt());
        // Free text stays in the service: no names, notes or "what matters to me" in the event.
        assertEquals(false, record.value().contains("Margaret"));
        assertEquals(false, record.value().contains("grandchildren"));
    }

    @Test
    void anOverriddenNotEligibleDecisionIsPublishedAsTheOneThatStands() throws Exception {
        String id = AssessmentFixtures.inProgress(AssessmentFixtures.eligible(TestNhsNumbers.random()));
        practitioner().header("If-Match", "\"1\"")
                .body(Map.of("eligibilityOverride", Map.of("eligible", false, "justification", "Needs already met.")))
                .post(PATH + "/{id}/complete", id).then().statusCode(200);

        ConsumerRecord<String, String> record = await(id, AssessmentEvents.COMPLETED);
        EventContracts.assertConforms(record);
        JsonNode data = JSON.readTree(record.value());
        assertEquals(false, data.get("eligible").asBoolean());
        assertEquals(true, data.get("computedEligible").asBoolean());
        assertEquals(true, data.get("overridden").asBoolean());
        assertEquals(List.of(), strings(data.get("eligibleNeedCodes")));
    }

    @Test
    void cancellingAndMarkingEnteredInErrorArePublished() {
        String cancelled = AssessmentFixtures.inProgress(Map.of("nhsNumber", TestNhsNumbers.random(), "type", "REABLEMENT"));
        practitioner().header("If-Match", "\"1\"").body(Map.of("reason", "Declined")).post(PATH + "/{id}/cancel", cancelled)
                .then().statusCode(200);
        EventContracts.assertConforms(await(cancelled, AssessmentEvents.CANCELLED));

        practitioner().header("If-Match", "\"2\"").body(Map.of("reason", "Wrong person"))
                .post(PATH + "/{id}/entered-in-error", cancelled).then().statusCode(200);
        EventContracts.assertConforms(await(cancelled, AssessmentEvents.ENTERED_IN_ERROR));
    }

    private static ConsumerRecord<String, String> await(String id, String type) {
        return TestEvents.awaitEvent(AssessmentEvents.TOPIC, id, type);
    }


    private static List<String> strings(JsonNode array) {
        return JSON.convertValue(array, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }
}
