package uk.icr.budget.api;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.budget.BudgetFixtures;
import uk.icr.stack.test.ResourceConventionsTest;
import uk.icr.stack.test.ResourceUnderTest;

@QuarkusTest
class BudgetConventionsTest extends ResourceConventionsTest {

    @Override
    protected ResourceUnderTest resource() {
        return BudgetFixtures.RESOURCE;
    }
}
