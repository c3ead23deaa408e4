package uk.icr.carer;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import uk.icr.stack.test.AssessmentStandIn;
import uk.icr.stack.test.IcrTestStack;

/**
 * Every test of this module runs against one real PostgreSQL database and one real Kafka broker, with a
 * stand-in for the assessment-service it reads named carers from.
 */
@WithTestResource(value = IcrTestStack.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = IcrTestStack.DATABASE, value = "carer"))
@WithTestResource(value = AssessmentStandIn.class, scope = TestResourceScope.GLOBAL)
public class TestStackResource {
}
