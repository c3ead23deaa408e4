package uk.icr.careplan.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.icr.careplan.CarePlanFixtures.PATH;
import static uk.icr.careplan.CarePlanFixtures.active;
import static uk.icr.careplan.CarePlanFixtures.coordinator;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import uk.icr.careplan.events.CarePlanEvents;
import uk.icr.stack.test.EventContracts;
import uk.icr.stack.test.TestEvents;
import uk.icr.stack.test.TestNhsNumbers;

/** Changing a plan: every version readable back, and a plan in force announces what changed. */
@QuarkusTest
class CarePlanChangesTest {

    private static RequestSpecification patch(String version) {
        return coordinator().contentType("application/merge-patch+json").header("If-Match", "\"" + version + "\"");
    }

    @Test
    void aChangeToAPlanInForceAnnouncesItsSectionsAndANewCoordinator() throws Exception {
        String id = active(TestNhsNumbers.random());
        patch("1").body(Map.of("strengths", List.of("Determined"),
                        "coordinator", Map.of("userId", "sam.okafor", "name", "Sam Okafor", "organisation", "E08000026")))
                .patch(PATH + "/{id}", id)
                .then().statusCode(200).header("ETag", "\"2\"").body("coordinator.userId", equalTo("sam.okafor"));

        ConsumerRecord<String, String> revised = await(id, CarePlanEvents.REVISED);
        EventContracts.assertConforms(revised);
        assertEquals(List.of("strengths", "coordinator"), List.of(new ObjectMapper().treeToValue(
                new ObjectMapper().readTree(revised.value()).get("changedSections"), String[].class)));
        EventContracts.assertConforms(await(id, CarePlanEvents.COORDINATOR_CHANGED));
        coordinator().queryParam("coordinator", "sam.okafor").get(PATH).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void everyVersionIsReadableBack() {
        String id = active(TestNhsNumbers.random());
        patch("1").body(Map.of("strengths", List.of("Determined"))).patch(PATH + "/{id}", id).then().statusCode(200);
        coordinator().body(Map.of("reason", "Moved to another area.")).header("If-Match", "\"2\"")
                .post(PATH + "/{id}/close", id).then().statusCode(200);

        coordinator().get(PATH + "/{id}/history", id).then().statusCode(200)
                .body("items.version", contains(0, 1, 2, 3))
                .body("items.action", contains("CREATED", "ACTIVATED", "UPDATED", "CLOSED"))
                .body("items.changedBy", contains("cara.coordinator", "cara.coordinator", "cara.coordinator", "cara.coordinator"));
        coordinator().get(PATH + "/{id}/versions/{n}", id, 0).then().statusCode(200)
                .body("carePlan.status", equalTo("DRAFT")).body("carePlan.strengths", org.hamcrest.Matchers.empty());
        coordinator().get(PATH + "/{id}/versions/{n}", id, 2).then().statusCode(200)
                .body("carePlan.strengths", contains("Determined")).body("carePlan.status", equalTo("ACTIVE"));
        coordinator().get(PATH + "/{id}/versions/{n}", id, 9).then().statusCode(404).contentType("application/problem+json");
        patch("3").body(Map.of("strengths", List.of("x"))).patch(PATH + "/{id}", id).then().statusCode(409);
    }

    private static ConsumerRecord<String, String> await(String id, String type) {
        return TestEvents.awaitEvent(CarePlanEvents.TOPIC, id, type);
    }

}
