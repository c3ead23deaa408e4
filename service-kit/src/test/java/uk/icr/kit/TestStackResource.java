package uk.icr.kit;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import uk.icr.stack.test.IcrTestStack;

/** The kit is tested in a small application of its own, against the real PostgreSQL and Kafka. */
@WithTestResource(value = IcrTestStack.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = IcrTestStack.DATABASE, value = "kit"))
public class TestStackResource {
}
