package uk.icr.careplan.events;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.stack.test.PublishedEventsTest;

@QuarkusTest
class CarePlanEventsTest extends PublishedEventsTest {

    @Override
    protected String topic() {
        return CarePlanEvents.TOPIC;
    }

    @Override
    protected String path() {
        return "/api/v1/care-plans";
    }

    @Override
    protected String role() {
        return "care-coordinator";
    }

    @Override
    protected String createBody(String nhsNumber) {
        return "{\"nhsNumber\": \"" + nhsNumber + "\"}";
    }

    @Override
    protected String command() {
        return "close";
    }

    @Override
    protected String commandBody() {
        return "{\"reason\": \"The person moved away.\"}";
    }

    @Override
    protected String createdType() {
        return CarePlanEvents.DRAFTED;
    }

    @Override
    protected String commandType() {
        return CarePlanEvents.CLOSED;
    }
}
