package uk.icr.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.icr.stack.test.TestTokens;

/** The gateway serves one OpenAPI document with every service's operations, and Swagger UI over it. */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class MergedOpenApiTest {

    @Test
    void listsTheOperationsOfAllFourServices() {
        given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("Integrated Care Records API"))
                .body("paths.'/api/v1/assessments'.post.operationId", equalTo("assessment_create"))
                .body("paths.'/api/v1/care-plans'.post.operationId", equalTo("careplan_create"))
                .body("paths.'/api/v1/budgets'.post.operationId", equalTo("budget_create"))
                .body("paths.'/api/v1/carers'.post.operationId", equalTo("carer_create"))
                .body("paths.'/api/v1/carers/{id}'.get.operationId", equalTo("carer_get"))
                .body("tags.name", hasItems("Assessments", "Care plans", "Budgets", "Carers", "Timeline", "People"))
                .body("paths.'/api/v1/people/{nhsNumber}/timeline'.get.operationId", equalTo("timeline_list"))
                .body("paths.'/api/v1/people/{nhsNumber}/record'.get.operationId", equalTo("gateway_person_record"))
                .body("components.securitySchemes.bearer", notNullValue())
                .body("components.securitySchemes.size()", equalTo(2))
                .body("components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl",
                        equalTo(TestTokens.ISSUER + "/protocol/openid-connect/auth"))
                .body("paths.'/api/v1/carers'.post.security.find { it.keycloak != null }", notNullValue())
                .body("components.schemas.Problem.properties.errors", notNullValue())
                .body("paths.'/api/v1/assessments/{id}/start'.post.responses.'412'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/api/v1/carers'.post.responses.'400'.content.'application/problem+json'", notNullValue());
    }

    @Test
    void servesTheEventContractsBesideTheApi() {
        given().get("/events/").then().statusCode(200).body(containsString("icr.carers.v1"));
        given().get("/events/asyncapi/icr.carers.v1.yaml").then().statusCode(200).body(containsString("asyncapi:"));
        given().get("/events/schemas/carer-service/uk.nhs.icr.carer.identified.v1.json").then().statusCode(200)
                .body(containsString("$schema"));
    }

    @Test
    void servesSwaggerUi() {
        given().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger-ui"));
    }
}
