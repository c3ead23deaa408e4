package uk.icr.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import uk.icr.stack.test.TestTokens;

/** Routing through the gateway to real (stand-in) upstreams over sockets, and what the edge refuses. */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class GatewayRoutingTest {

    private static final String TOKEN = TestTokens.forRoles("pat.practitioner", "practitioner");

    private static RequestSpecification caller() {
        return given().auth().oauth2(TOKEN).contentType(ContentType.JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/assessments", "/api/v1/care-plans", "/api/v1/budgets", "/api/v1/carers"})
    void forwardsEachServicesPathsWithBodyTokenAndStatus(String prefix) {
        caller().body("{\"nhsNumber\": \"9434765919\"}")
                .post(prefix + "?limit=5")
                .then().statusCode(201)
                .header("Location", equalTo(RestAssured.baseURI + ":" + RestAssured.port + prefix + "/created"))
                .body("method", equalTo("POST"))
                .body("path", equalTo(prefix + "?limit=5"))
                .body("authorization", equalTo("Bearer " + TOKEN))
                .body("bodyLength", equalTo(27));
    }

    @Test
    void forwardsAPersonsTimelineToTheTimelineReadModel() {
        caller().get("/api/v1/people/9990000018/timeline?limit=5").then().statusCode(201)
                .body("path", equalTo("/api/v1/people/9990000018/timeline?limit=5"));
    }

    @Test
    void passesVersionsIdempotencyKeysAndCorrelationBothWays() {
        caller().header("If-Match", "\"2\"").header("Idempotency-Key", "post-7f3a").header("X-Correlation-Id", "council-req-42")
                .body("{}").post("/api/v1/budgets/0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10/entries")
                .then().statusCode(201)
                .header("ETag", equalTo("\"3\""))
                .header("X-Correlation-Id", equalTo("council-req-42"))
                .body("ifMatch", equalTo("\"2\""))
                .body("idempotencyKey", equalTo("post-7f3a"))
                .body("correlationId", equalTo("council-req-42"))
                .body("traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
        // Without one, the gateway makes one up, sends it on and tells the caller.
        String made = caller().get("/api/v1/assessments/0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10")
                .then().statusCode(201).header("X-Correlation-Id", not(nullValue())).extract().header("X-Correlation-Id");
        caller().header("X-Correlation-Id", made).get("/api/v1/carers").then().body("correlationId", equalTo(made));
    }

    @Test
    void forwardsNestedPaths() {
        caller().get("/api/v1/care-plans/0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10/reviews")
                .then().statusCode(201)
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/v1/care-plans/0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10/reviews"));
    }

    @Test
    void refusesAMissingOrBadTokenAtTheEdge() {
        given().get("/api/v1/assessments").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", matchesPattern("Bearer.*")).header("X-Correlation-Id", not(nullValue()))
                .body("status", equalTo(401));
        given().auth().oauth2("not-a-token").get("/api/v1/assessments").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.expired("pat.practitioner", "practitioner")).get("/api/v1/carers").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void bodiesThatArriveWhileTheirTokenIsCheckedReachTheServiceWhole() {
        // This caller's identity is ready only after the body has arrived, on a thread outside Vert.x; the request
        // must still go on, with all of its body, on its own connection's event loop.
        String token = TestTokens.forRoles(LateIdentities.SUBJECT, "practitioner");
        String body = "{\"notes\": \"" + "x".repeat(200_000) + "\"}";
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest post = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/api/v1/assessments"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(20)).build();
        List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, 32)
                .mapToObj(i -> client.sendAsync(post, HttpResponse.BodyHandlers.ofString())).toList();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.join();
            assertEquals(201, response.statusCode(), response.body());
            assertEquals(body.length(), new JsonObject(response.body()).getInteger("bodyLength"));
        }
    }

    @Test
    void refusesABodyOverTheLimit() {
        caller().body("{\"notes\": \"" + "x".repeat(1_100_000) + "\"}").post("/api/v1/assessments").then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("urn:icr:problem:request-too-large"));
    }

    @Test
    void allowsBrowsersFromConfiguredOriginsOnly() {
        given().header("Origin", "https://portal.example.nhs.uk").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/v1/assessments").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://portal.example.nhs.uk"));
        given().header("Origin", "https://elsewhere.example.com").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/assessments").then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void doesNotForwardPathsNoServiceOwns() {
        caller().get("/api/v1/assessmentsx").then().statusCode(404);
        caller().get("/api/v1/unknown").then().statusCode(404);
    }
}
