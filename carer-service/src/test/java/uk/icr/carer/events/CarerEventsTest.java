package uk.icr.carer.events;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.carer.CarerFixtures;
import uk.icr.stack.test.PublishedEventsTest;
import uk.icr.stack.test.ResourceUnderTest;

@QuarkusTest
class CarerEventsTest extends PublishedEventsTest {

    @Override
    protected ResourceUnderTest resource() {
        return CarerFixtures.RESOURCE;
    }

    @Override
    protected String topic() {
        return CarerEvents.TOPIC;
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
