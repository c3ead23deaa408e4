package uk.icr.careplan.events;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.careplan.CarePlanFixtures;
import uk.icr.stack.test.PublishedEventsTest;
import uk.icr.stack.test.ResourceUnderTest;

@QuarkusTest
class CarePlanEventsTest extends PublishedEventsTest {

    @Override
    protected ResourceUnderTest resource() {
        return CarePlanFixtures.RESOURCE;
    }

    @Override
    protected String topic() {
        return CarePlanEvents.TOPIC;
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
