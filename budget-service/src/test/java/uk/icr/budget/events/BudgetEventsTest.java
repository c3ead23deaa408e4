package uk.icr.budget.events;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.budget.BudgetFixtures;
import uk.icr.stack.test.PublishedEventsTest;

@QuarkusTest
class BudgetEventsTest extends PublishedEventsTest {

    @Override
    protected String topic() {
        return BudgetEvents.TOPIC;
    }

    @Override
    protected String path() {
        return "/api/v1/budgets";
    }

    @Override
    protected String role() {
        return "budget-manager";
    }

    @Override
    protected String createBody(String nhsNumber) {
        return BudgetFixtures.body(nhsNumber);
    }

    @Override
    protected String command() {
        return "agree";
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
