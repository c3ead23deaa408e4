package uk.icr.timeline;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import uk.icr.stack.test.IcrTestStack;

/** Every test of this module runs against one real PostgreSQL database and one real Kafka broker. */
@WithTestResource(value = IcrTestStack.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = IcrTestStack.DATABASE, value = "timeline"))
public class TestStackResource {
}
