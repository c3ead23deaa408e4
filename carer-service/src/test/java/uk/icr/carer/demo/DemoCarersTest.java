package uk.icr.carer.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static uk.icr.carer.CarerFixtures.PATH;
import static uk.icr.carer.CarerFixtures.practitioner;
import static uk.icr.carer.CarerFixtures.support;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The local run's demo carers load through the service, with what their consents let a care team see. */
@QuarkusTest
@TestProfile(DemoCarersTest.WithDemoData.class)
class DemoCarersTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("icr.demo-data.enabled", "true");
        }
    }

    @Test
    void margaretSharesHerCaringRoleAndLeahIsAYoungCarerWhoSharesNothing() {
        practitioner().queryParam("caredForNhsNumber", "9434765919").get(PATH).then().statusCode(200)
                .body("items.name", hasItem("Margaret Evans"))
                .body("items.find { it.name == 'Margaret Evans' }.caringFor[0].hoursPerWeek", equalTo(50));
        support().queryParam("caredForNhsNumber", "9990000018").queryParam("youngCarer", true).get(PATH).then()
                .statusCode(200).body("items.name", hasItem("Leah Thomas"))
                .body("items.find { it.name == 'Leah Thomas' }.childrensServicesConsideration", equalTo(true));
        practitioner().queryParam("caredForNhsNumber", "9990000018").get(PATH).then().statusCode(200)
                .body("items.name", not(hasItem("Leah Thomas")));
        support().queryParam("caredForNhsNumber", "9434765919").get(PATH).then()
                .body("items.findAll { it.name == 'Margaret Evans' }", hasSize(1));
    }
}
