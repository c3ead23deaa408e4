package uk.icr.careplan.assessments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static uk.icr.careplan.CarePlanFixtures.PATH;
import static uk.icr.careplan.CarePlanFixtures.coordinator;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.stack.test.AssessmentStandIn;
import uk.icr.careplan.CarePlanService;
import uk.icr.careplan.plan.Need;
import uk.icr.careplan.plan.NeedMetBy;
import uk.icr.stack.test.TestNhsNumbers;

/** A draft made while the assessment-service could not answer gets the person's words once it can. */
@QuarkusTest
class MissingWordsJobTest {

    @Inject
    CarePlanService plans;

    @Inject
    MissingWordsJob job;

    @Test
    void wordsThatCouldNotBeReadAreFilledInLater() {
        String nhsNumber = TestNhsNumbers.random();
        UUID assessment = UUID.randomUUID();
        String id = plans.fromAssessment(nhsNumber, assessment,
                List.of(new Need("NUTRITION", null, true, NeedMetBy.COUNCIL, false, assessment)),
                java.util.Optional.empty()).id.toString();
        coordinator().get(PATH + "/{id}", id).then().body("aboutMe", nullValue());

        given().body(Map.of("id", assessment.toString(), "nhsNumber", nhsNumber, "whatMattersToMe", "My garden."))
                .contentType("application/json")
                .put(ConfigProvider.getConfig().getValue(AssessmentStandIn.URL, String.class) + "/stand-in/assessments/"
                        + assessment).then().statusCode(204);
        job.fill();

        coordinator().get(PATH + "/{id}", id).then().body("aboutMe.whatMattersToMe", equalTo("My garden."))
                .body("version", equalTo(1));
    }
}
