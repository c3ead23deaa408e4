package uk.icr.carer;

import uk.icr.stack.test.ResourceUnderTest;

/** Carer bodies for tests. */
public final class CarerFixtures {

    public static final String PATH = "/api/v1/carers";
    /** The main resource, as the shared convention and event tests exercise it. */
    public static final ResourceUnderTest RESOURCE = new ResourceUnderTest(PATH, "carer-support",
            nhsNumber -> "{\"name\": \"Sam Okafor\", \"nhsNumber\": \"" + nhsNumber + "\"}", "offer-assessment",
            "ASSESSMENT_OFFERED", null);

    private CarerFixtures() {
    }
}
