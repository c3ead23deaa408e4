package uk.icr.assessment.events;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.stack.test.PublishedEventsTest;

@QuarkusTest
class AssessmentEventsTest extends PublishedEventsTest {

    @Override
    protected String topic() {
        return AssessmentEvents.TOPIC;
    }

    @Override
    protected String path() {
        return "/api/v1/assessments";
    }

    @Override
    protected String role() {
        return "practitioner";
    }

    @Override
    protected String createBody(String nhsNumber) {
        return "{\"nhsNumber\": \"" + nhsNumber + "\", \"type\": \"CARE_ACT_NEEDS\"}";
    }

    @Override
    protected String command() {
        return "start";
    }

    @Override
    protected String createdType() {
        return AssessmentEvents.CREATED;
    }

    @Override
    protected String commandType() {
        return AssessmentEvents.STARTED;
    }
}
