package uk.icr.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class GatewayRoutingTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/assessments", "/api/v1/care-plans", "/api/v1/budgets", "/api/v1/carers"})
    void forwardsEachServicesPathsWithBodyTokenAndStatus(String prefix) {
        given().auth().oauth2("a-token").contentType(ContentType.JSON)
                .body("{\"nhsNumber\": \"9434765919\"}")
                .post(prefix + "?limit=5")
                .then().statusCode(201)
                .header("Location", equalTo(RestAssured.baseURI + ":" + RestAssured.port + prefix + "/created"))
                .body("method", equalTo("POST"))
                .body("path", equalTo(prefix + "?limit=5"))
                .body("authorization", equalTo("Bearer a-token"))
                .body("bodyLength", equalTo(27));
    }

    @Test
    void forwardsNestedPaths() {
        given().get("/api/v1/care-plans/0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10/reviews")
                .then().statusCode(201)
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/v1/care-plans/0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10/reviews"));
    }

    @Test
    void doesNotForwardPathsNoServiceOwns() {
        given().get("/api/v1/assessmentsx").then().statusCode(404);
        given().get("/api/v1/unknown").then().statusCode(404);
    }
}
