package uk.icr.carer.api;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.carer.CarerFixtures;
import uk.icr.stack.test.ResourceConventionsTest;
import uk.icr.stack.test.ResourceUnderTest;

@QuarkusTest
class CarerConventionsTest extends ResourceConventionsTest {

    @Override
    protected ResourceUnderTest resource() {
        return CarerFixtures.RESOURCE;
    }
}
