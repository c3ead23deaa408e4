package uk.icr.carer.events;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.stack.test.PublishedEventsTest;

@QuarkusTest
class CarerEventsTest extends PublishedEventsTest {

    @Override
    protected String topic() {
        return CarerEvents.TOPIC;
    }

    @Override
    protected String path() {
        return "/api/v1/carers";
    }

    @Override
    protected String role() {
        return "carer-support";
    }

    @Override
    protected String createBody(String nhsNumber) {
        return "{\"name\": \"Sam Okafor\", \"nhsNumber\": \"" + nhsNumber + "\"}";
    }

    @Override
    protected String command() {
        return "offer-assessment";
    }

    @Override
    protected String createdType() {
        return CarerEvents.IDENTIFIED;
    }

    @Override
    protected String commandType() {
        return CarerEvents.ASSESSMENT_OFFERED;
    }
}
