package uk.icr.assessment;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.icr.assessment.eligibility.Outcome;
import uk.icr.assessment.eligibility.WellbeingDomain;
import uk.icr.stack.test.ResourceUnderTest;
import uk.icr.stack.test.TestTokens;

/** Assessment bodies for tests: a complete joint assessment, and the calls that bring one to IN_PROGRESS. */
public final class AssessmentFixtures {

    public static final String PATH = "/api/v1/assessments";
    /** The main resource, as the shared convention and event tests exercise it. */
    public static final ResourceUnderTest RESOURCE = new ResourceUnderTest(PATH, "practitioner",
            nhsNumber -> "{\"nhsNumber\": \"" + nhsNumber + "\", \"type\": \"CARE_ACT_NEEDS\"}", "start", "IN_PROGRESS", null);

    private AssessmentFixtures() {
    }

    public static RequestSpecification practitioner() {
        return given().auth().oauth2(TestTokens.forRoles("pat.practitioner", "practitioner")).contentType(ContentType.JSON);
    }

    /**
     * Everything a joint assessment needs to complete: contributors from both sectors, a finding for every
     * outcome ({@code unable} ones with a reason) and every wellbeing domain, one named carer.
     */
    public static Map<String, Object> joint(String nhsNumber, boolean impairment, List<Outcome> unable, boolean impact) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nhsNumber", nhsNumber);
        body.put("type", "JOINT_HEALTH_AND_SOCIAL_CARE");
        body.put("method", "SERVICE_USER_AND_CARER");
        body.put("primarySupportReason", "PHYSICAL_SUPPORT_PERSONAL_CARE");
        body.put("whatMattersToMe", "Staying in my own home and seeing my grandchildren on Sundays.");
        body.put("impairmentOrIllness", impairment);
        body.put("contributors", List.of(
                Map.of("name", "Dr Amira Shah", "role", "GP", "organisation", "Y02847", "sector", "HEALTH"),
                Map.of("name", "Sam Okafor", "role", "Social worker", "organisation", "E08000026", "sector", "SOCIAL_CARE")));
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            boolean isUnable = unable.contains(outcome);
            outcomes.add(Map.of("outcome", outcome.name(), "unableToAchieve", isUnable,
                    "reasons", isUnable ? List.of("NEEDS_ASSISTANCE") : List.of()));
        }
        body.put("outcomes", outcomes);
        body.put("wellbeing", Arrays.stream(WellbeingDomain.values())
                .map(d -> Map.of("domain", d.name(), "significantImpact", impact && d == WellbeingDomain.PERSONAL_DIGNITY))
                .toList());
        body.put("healthNeeds", List.of(
                Map.of("code", "13645005", "description", "COPD: breathless on stairs", "metBy", "NHS"),
                Map.of("description", "Help to wash and dress each morning", "metBy", "COUNCIL")));
        body.put("carers", List.of(Map.of("name", "Margaret Evans", "relationship", "SPOUSE_OR_PARTNER",
                "livesWithPerson", true, "agreedToBeContacted", true)));
        return body;
    }

    /** An eligible joint assessment: two outcomes unable, significant impact, an illness. */
    public static Map<String, Object> eligible(String nhsNumber) {
        return joint(nhsNumber, true, List.of(Outcome.NUTRITION, Outcome.PERSONAL_HYGIENE), true);
    }

    /** Creates the assessment and starts it: it is IN_PROGRESS at version 1. */
    public static String inProgress(Object body) {
        String id = practitioner().body(body).post(PATH).then().statusCode(201).extract().path("id");
        practitioner().header("If-Match", "\"0\"").post(PATH + "/{id}/start", id).then().statusCode(200);
        return id;
    }
}
