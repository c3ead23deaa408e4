package uk.icr.carer.consent;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.icr.carer.CarerFixtures.PATH;
import static uk.icr.carer.CarerFixtures.practitioner;
import static uk.icr.carer.CarerFixtures.support;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import uk.icr.carer.CarerFixtures;
import uk.icr.carer.events.CarerEvents;
import uk.icr.stack.test.EventContracts;
import uk.icr.stack.test.TestEvents;
import uk.icr.stack.test.TestNhsNumbers;

/** A care team sees a carer only as far as an active consent covers it; withdrawal takes effect at once; refusals are audited. */
@QuarkusTest
class ConsentToShareTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCareTeamSeesWhatConsentCoversUntilItIsWithdrawn() throws SQLException {
        String caredFor = TestNhsNumbers.random();
        String other = TestNhsNumbers.random();
        String carer = CarerFixtures.create(CarerFixtures.caring(TestNhsNumbers.random(), caredFor).replace("]}",
                ", {\"caredForNhsNumber\": \"" + other + "\", \"relationship\": \"PARENT\"}]}"));

        String correlation = UUID.randomUUID().toString();
        practitioner().header("X-Correlation-Id", correlation).queryParam("caredForNhsNumber", caredFor).get(PATH)
                .then().statusCode(200).body("items", hasSize(0));
        // The search is audited, and so is the carer it left out.
        assertThat(audited(correlation), containsInAnyOrder("SEARCH carers null " + caredFor + " SUCCESS",
                "READ carers " + carer + " " + caredFor + " DENIED"));
        practitioner().queryParam("caredForNhsNumber", caredFor).get(PATH + "/{id}", carer).then().statusCode(403)
                .contentType("application/problem+json");
        practitioner().get(PATH + "/{id}", carer).then().statusCode(400).body("errors[0].field", equalTo("caredForNhsNumber"));
        practitioner().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("caredForNhsNumber"));
        practitioner().queryParam("caredForNhsNumber", caredFor).queryParam("nhsNumber", TestNhsNumbers.random()).get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("nhsNumber"));

        String consent = support().body(consent(caredFor)).post(PATH + "/{id}/consents", carer).then().statusCode(201).body("status", equalTo("ACTIVE"))
                .extract().path("id");
        EventContracts.assertConforms(TestEvents.awaitEvent(CarerEvents.TOPIC, carer, CarerEvents.CONSENT_GRANTED));

        String seen = UUID.randomUUID().toString();
        practitioner().header("X-Correlation-Id", seen).queryParam("caredForNhsNumber", caredFor).get(PATH).then().statusCode(200)
                .body("items.id", contains(carer)).body("items[0].name", equalTo("Margaret Evans"))
                .body("items[0].nhsNumber", nullValue())
                // only the relationship with the person whose care team the consent names
                .body("items[0].caringFor.caredForNhsNumber", contains(caredFor))
                .body("items[0].sharedByConsent", hasSize(2));
        assertThat(audited(seen), contains("SEARCH carers null " + caredFor + " SUCCESS"));
        practitioner().queryParam("caredForNhsNumber", caredFor).get(PATH + "/{id}", carer).then().statusCode(200)
                .body("name", equalTo("Margaret Evans")).body("phone", equalTo("07700 900123"));
        practitioner().queryParam("caredForNhsNumber", other).get(PATH).then().body("items", hasSize(0));
        practitioner().queryParam("caredForNhsNumber", other).get(PATH + "/{id}", carer).then().statusCode(403);
        // What one care team is shared is not shared with another: consent names one person's care team.
        support().body(consent(other).replace("\"CONTACT\", \"CARING_ROLE\"", "\"ASSESSMENT\""))
                .post(PATH + "/{id}/consents", carer).then().statusCode(201);
        practitioner().queryParam("caredForNhsNumber", caredFor).get(PATH + "/{id}/assessments", carer).then().statusCode(403);
        practitioner().queryParam("caredForNhsNumber", other).get(PATH + "/{id}/assessments", carer).then().statusCode(200);
        practitioner().queryParam("caredForNhsNumber", other).get(PATH + "/{id}", carer).then().statusCode(200)
                .body("name", nullValue()).body("sharedByConsent", contains("ASSESSMENT"));
        practitioner().queryParam("caredForNhsNumber", caredFor).get(PATH + "/{id}/support-plan", carer).then().statusCode(403);

        String withdrawal = "{\"reason\": \"Margaret asked us to stop sharing.\"}";
        support().body(withdrawal).post(PATH + "/{id}/consents/{c}/withdraw", carer, consent).then().statusCode(428)
                .contentType("application/problem+json");
        support().header("If-Match", "\"0\"").body(withdrawal).post(PATH + "/{id}/consents/{c}/withdraw", carer, consent)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("WITHDRAWN")).body("withdrawnBy", equalTo("cas.support"));
        // A second withdrawal, made on the same reading, changes nothing and announces nothing.
        support().header("If-Match", "\"0\"").body(withdrawal).post(PATH + "/{id}/consents/{c}/withdraw", carer, consent)
                .then().statusCode(412);
        String afterwards = UUID.randomUUID().toString();
        practitioner().header("X-Correlation-Id", afterwards).queryParam("caredForNhsNumber", caredFor).get(PATH).then()
                .body("items", hasSize(0));
        assertThat(audited(afterwards), containsInAnyOrder("SEARCH carers null " + caredFor + " SUCCESS",
                "READ carers " + carer + " " + caredFor + " DENIED"));
        practitioner().queryParam("caredForNhsNumber", caredFor).get(PATH + "/{id}", carer).then().statusCode(403);
        support().get(PATH + "/{id}/consents", carer).then().body("status", contains("WITHDRAWN", "ACTIVE"));
        EventContracts.assertConforms(TestEvents.awaitEvent(CarerEvents.TOPIC, carer, CarerEvents.CONSENT_WITHDRAWN));
    }

    @Test
    void aConsentForACareTeamNamesAPersonTheCarerCaresFor() {
        String carer = CarerFixtures.create(CarerFixtures.body(TestNhsNumbers.random()));
        support().body("""
                {"categories": ["CONTACT"], "recipient": "CARE_TEAM", "caredForNhsNumber": "%s", "purpose": "x",
                 "validFrom": "2026-01-01"}""".formatted(TestNhsNumbers.random()))
                .post(PATH + "/{id}/consents", carer).then().statusCode(400).body("errors[0].field", equalTo("caredForNhsNumber"));
        support().body("""
                {"categories": ["CONTACT"], "recipient": "GP_PRACTICE", "purpose": "x", "validFrom": "2026-01-01"}""")
                .post(PATH + "/{id}/consents", carer).then().statusCode(400).body("errors[0].field", equalTo("organisation"));
    }

    @Test
    void aCarerWhoStopsCaringStopsSharing() {
        String caredFor = TestNhsNumbers.random();
        String carer = CarerFixtures.create(CarerFixtures.caring(null, caredFor));
        support().body(consent(caredFor)).post(PATH + "/{id}/consents", carer).then().statusCode(201);
        practitioner().queryParam("caredForNhsNumber", caredFor).get(PATH).then().body("items.id", contains(carer));

        support().header("If-Match", "\"0\"").body("{\"reason\": \"Her husband moved into a care home.\"}")
                .post(PATH + "/{id}/stop-caring", carer).then().statusCode(200).body("status", equalTo("NO_LONGER_CARING"));
        practitioner().queryParam("caredForNhsNumber", caredFor).get(PATH).then().body("items", hasSize(0));
        support().get(PATH + "/{id}/consents", carer).then().body("status", contains("WITHDRAWN"))
                .body("[0].withdrawalReason", equalTo("Her husband moved into a care home."));
        support().body(consent(caredFor)).post(PATH + "/{id}/consents", carer).then().statusCode(409)
                .contentType("application/problem+json");
        EventContracts.assertConforms(TestEvents.awaitEvent(CarerEvents.TOPIC, carer, CarerEvents.STOPPED_CARING));
        EventContracts.assertConforms(TestEvents.awaitEvent(CarerEvents.TOPIC, carer, CarerEvents.CONSENT_WITHDRAWN));
    }

    private static String consent(String caredFor) {
        return """
                {"categories": ["CONTACT", "CARING_ROLE"], "recipient": "CARE_TEAM", "caredForNhsNumber": "%s",
                 "purpose": "So the care team can plan with me.", "validFrom": "2026-01-01"}""".formatted(caredFor);
    }

    /** What the audit trail holds for one request: action, resource, person and outcome. */
    private List<String> audited(String correlation) throws SQLException {
        List<String> found = new ArrayList<>();
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select action, resource_type, resource_id, nhs_number, outcome"
                     + " from carer.audit_record where correlation_id = ?")) {
            query.setString(1, correlation);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getString(4)
                            + " " + rows.getString(5));
                }
            }
        }
        return found;
    }
}
