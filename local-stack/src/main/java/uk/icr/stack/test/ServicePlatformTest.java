package uk.icr.stack.test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

/**
 * What every service exposes besides its API: liveness, readiness that really checks the database and
 * the broker, and the OpenAPI document it committed. Each service runs it with
 * {@code @QuarkusTest class PlatformTest extends ServicePlatformTest {}}.
 */
public abstract class ServicePlatformTest {

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
