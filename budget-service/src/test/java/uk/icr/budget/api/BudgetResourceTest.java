package uk.icr.budget.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.icr.budget.BudgetFixtures;
import uk.icr.stack.test.TestTokens;

@QuarkusTest
class BudgetResourceTest {

    private static final String TOKEN = TestTokens.forRoles("bob.budgets", "budget-manager");

    @Test
    void createsABudgetAndReadsItBackThroughItsLocation() {
        String location = given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(BudgetFixtures.body("9434765919"))
                .post("/api/v1/budgets")
                .then().statusCode(201)
                .body("status", equalTo("INDICATIVE"))
                .body("version", equalTo(0))
                .extract().header("Location");

        given().auth().oauth2(TOKEN).get(location)
                .then().statusCode(200)
                .body("nhsNumber", equalTo("9434765919"))
                .body("status", equalTo("INDICATIVE"));
    }

    @Test
    void refusesCallsWithoutAToken() {
        given().contentType(ContentType.JSON).body(BudgetFixtures.body("9434765919"))
                .post("/api/v1/budgets")
                .then().statusCode(401);
    }

    @Test
    void refusesRolesThatMayNotCreate() {
        given().auth().oauth2(TestTokens.forRoles("pip.partner", "partner")).contentType(ContentType.JSON)
                .body(BudgetFixtures.body("9434765919"))
                .post("/api/v1/budgets")
                .then().statusCode(403);
    }

    @Test
    void rejectsAnInvalidNhsNumber() {
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(BudgetFixtures.body("9434765918"))
                .post("/api/v1/budgets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("nhsNumber"));
    }

    @Test
    void answers404ForAnUnknownBudget() {
        given().auth().oauth2(TOKEN)
                .get("/api/v1/budgets/{id}", "0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10")
                .then().statusCode(404);
    }
}
