package uk.icr.carer.api;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.stack.test.ResourceConventionsTest;

@QuarkusTest
class CarerConventionsTest extends ResourceConventionsTest {

    @Override
    protected String path() {
        return "/api/v1/carers";
    }

    @Override
    protected String role() {
        return "carer-support";
    }

    @Override
    protected String createBody(String nhsNumber) {
        return "{\"name\": \"Sam Okafor\", \"nhsNumber\": \"" + nhsNumber + "\"}";
    }

    @Override
    protected String command() {
        return "offer-assessment";
    }

    @Override
    protected String statusAfterCommand() {
        return "ASSESSMENT_OFFERED";
    }
}
