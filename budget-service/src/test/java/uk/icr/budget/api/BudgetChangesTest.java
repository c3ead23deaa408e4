package uk.icr.budget.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static uk.icr.budget.BudgetFixtures.PATH;
import static uk.icr.budget.BudgetFixtures.manager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import uk.icr.budget.BudgetFixtures;
import uk.icr.budget.components.Components;
import uk.icr.stack.test.TestNhsNumbers;

/** PATCH (JSON Merge Patch, If-Match) changes an indicative budget, checked as a new proposal would be. */
@QuarkusTest
class BudgetChangesTest {

    private static RequestSpecification patch(long version) {
        return manager().contentType("application/merge-patch+json").header("If-Match", "\"" + version + "\"");
    }

    @Test
    void anIndicativeBudgetChangesItsPeriodAndComponents() {
        String id = manager().body(BudgetFixtures.body(TestNhsNumbers.random())).post(PATH).then().statusCode(201)
                .extract().path("id");
        String end = BudgetFixtures.START.plusDays(364).toString();
        patch(0).body("{\"periodEnd\": \"" + end + "\"}").patch(PATH + "/{id}", id).then().statusCode(200)
                .header("ETag", "\"1\"").body("periodEnd", equalTo(end)).body("components", hasSize(2));
        String firstComponent = BudgetFixtures.component(id, 0);

        patch(1).body("{\"components\": [{\"source\": \"NHS_CONTINUING_HEALTHCARE\", \"funder\": \"15F\","
                + " \"allocatedPence\": 90000, \"management\": \"THIRD_PARTY\"}]}").patch(PATH + "/{id}", id)
                .then().statusCode(200).body("version", equalTo(2)).body("components.source", contains("NHS_CONTINUING_HEALTHCARE"))
                .body("components[0].id", not(equalTo(firstComponent))).body("periodEnd", equalTo(end));
        // The same patch again changes nothing, so makes no new version.
        patch(2).body("{\"periodEnd\": \"" + end + "\"}").patch(PATH + "/{id}", id).then().statusCode(200)
                .body("version", equalTo(2));
    }

    @Test
    void aPatchIsCheckedAsAProposalWouldBe() {
        String id = manager().body(BudgetFixtures.body(TestNhsNumbers.random())).post(PATH).then().statusCode(201)
                .extract().path("id");
        patch(0).body("{\"components\": [{\"source\": \"COUNCIL_SOCIAL_CARE\", \"funder\": \"E08000026\", \"allocatedPence\":"
                + " 12000, \"management\": \"THIRD_PARTY\", \"costToCouncilPence\": 12000, \"assessedContributionPence\": 3000,"
                + " \"councilSharePence\": 10000}]}").patch(PATH + "/{id}", id).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo(Components.FIGURES_DO_NOT_ADD_UP));
        patch(0).body("{\"periodEnd\": \"" + BudgetFixtures.START.minusDays(1) + "\"}").patch(PATH + "/{id}", id)
                .then().statusCode(400).body("errors.field", contains("periodEnd"));
        patch(0).body("{\"nhsNumber\": \"" + TestNhsNumbers.random() + "\"}").patch(PATH + "/{id}", id)
                .then().statusCode(400).body("errors.field", contains("nhsNumber"));
        patch(0).body("{\"components\": null}").patch(PATH + "/{id}", id).then().statusCode(400)
                .body("errors.field", contains("components"));
        manager().contentType("application/merge-patch+json").body("{\"periodEnd\": null}").patch(PATH + "/{id}", id)
                .then().statusCode(428);
        manager().get(PATH + "/{id}", id).then().body("version", equalTo(0)).body("components", hasSize(2));
    }

    @Test
    void anAgreedBudgetChangesOnlyThroughItsLedger() {
        String id = BudgetFixtures.agreed(TestNhsNumbers.random());
        patch(1).body("{\"periodEnd\": \"" + BudgetFixtures.START.plusDays(364) + "\"}").patch(PATH + "/{id}", id)
                .then().statusCode(409).contentType("application/problem+json");
        patch(0).body("{\"periodEnd\": null}").patch(PATH + "/{id}", id).then().statusCode(412);
    }
}
