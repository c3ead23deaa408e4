package uk.icr.careplan.api;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.stack.test.ResourceConventionsTest;

@QuarkusTest
class CarePlanConventionsTest extends ResourceConventionsTest {

    @Override
    protected String path() {
        return "/api/v1/care-plans";
    }

    @Override
    protected String role() {
        return "care-coordinator";
    }

    @Override
    protected String createBody(String nhsNumber) {
        return "{\"nhsNumber\": \"" + nhsNumber + "\"}";
    }

    @Override
    protected String command() {
        return "close";
    }

    @Override
    protected String commandBody() {
        return "{\"reason\": \"The person moved away.\"}";
    }

    @Override
    protected String statusAfterCommand() {
        return "CLOSED";
    }
}
