package uk.icr.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.stack.test.OpenApiSnapshot;

/** What every service exposes besides its API: health that checks its dependencies, and its OpenAPI. */
@QuarkusTest
class PlatformTest {

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesTheCommittedOpenApiDocument() {
        OpenApiSnapshot.assertServedDocumentMatchesSnapshot();
    }
}
