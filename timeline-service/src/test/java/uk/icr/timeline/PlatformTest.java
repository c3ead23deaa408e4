package uk.icr.timeline;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.stack.test.ServicePlatformTest;

@QuarkusTest
class PlatformTest extends ServicePlatformTest {
}
