package uk.icr.careplan.api;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.careplan.CarePlanFixtures;
import uk.icr.stack.test.ResourceConventionsTest;
import uk.icr.stack.test.ResourceUnderTest;

@QuarkusTest
class CarePlanConventionsTest extends ResourceConventionsTest {

    @Override
    protected ResourceUnderTest resource() {
        return CarePlanFixtures.RESOURCE;
    }
}
