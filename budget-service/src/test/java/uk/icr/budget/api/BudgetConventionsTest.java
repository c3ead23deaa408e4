package uk.icr.budget.api;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.budget.BudgetFixtures;
import uk.icr.stack.test.ResourceConventionsTest;

@QuarkusTest
class BudgetConventionsTest extends ResourceConventionsTest {

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
    protected String statusAfterCommand() {
        return "AGREED";
    }
}
