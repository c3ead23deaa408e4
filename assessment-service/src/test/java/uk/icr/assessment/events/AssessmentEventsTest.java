package uk.icr.assessment.events;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.assessment.AssessmentFixtures;
import uk.icr.stack.test.PublishedEventsTest;
import uk.icr.stack.test.ResourceUnderTest;

@QuarkusTest
class AssessmentEventsTest extends PublishedEventsTest {

    @Override
    protected ResourceUnderTest resource() {
        return AssessmentFixtures.RESOURCE;
    }

    @Override
    protected String topic() {
        return AssessmentEvents.TOPIC;
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
