package uk.icr.assessment.demo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.icr.assessment.AssessmentFixtures.PATH;
import static uk.icr.assessment.AssessmentFixtures.practitioner;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** The local run's demo people load through the service, with the decisions their findings give. */
@QuarkusTest
@TestProfile(DemoAssessmentsTest.WithDemoData.class)
class DemoAssessmentsTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("icr.demo-data.enabled", "true");
        }
    }

    @Test
    void demoPeopleHaveAssessmentsAtEveryStageAndVariedDecisions() {
        // Other tests may use the same well-known test NHS numbers: look for the demo assessments by stage.
        completed("9434765919").body("items.eligibility.eligible", contains(true)).body("items[0].carers", hasSize(1));
        completed("9990000018").body("items.eligibility.eligible", contains(false));
        completed("9990000050").body("items.eligibility.eligible", contains(true))
                .body("items[0].eligibility.computed.eligible", equalTo(false))
                .body("items[0].eligibility.override.recordedBy", equalTo("system"));
        practitioner().queryParam("nhsNumber", "9990000026").queryParam("status", "IN_PROGRESS").get(PATH)
                .then().body("items.type", contains("HOSPITAL_DISCHARGE"));
        practitioner().queryParam("nhsNumber", "9990000034").queryParam("status", "PLANNED").get(PATH)
                .then().body("items.type", contains("REABLEMENT"));
    }

    private static ValidatableResponse completed(String nhsNumber) {
        return practitioner().queryParam("nhsNumber", nhsNumber).queryParam("status", "COMPLETED").get(PATH)
                .then().statusCode(200);
    }
}
