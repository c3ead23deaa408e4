package uk.icr.budget.events;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.budget.BudgetFixtures;
import uk.icr.stack.test.PublishedEventsTest;
import uk.icr.stack.test.ResourceUnderTest;

@QuarkusTest
class BudgetEventsTest extends PublishedEventsTest {

    @Override
    protected ResourceUnderTest resource() {
        return BudgetFixtures.RESOURCE;
    }

    @Override
    protected String topic() {
        return BudgetEvents.TOPIC;
    }

    @Override
    protected String createdType() {
        return BudgetEvents.PROPOSED;
    }

    @Override
    protected String commandType() {
        return BudgetEvents.AGREED;
    }
}
