package uk.icr.kit.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import uk.icr.stack.test.TestTokens;

@QuarkusTest
class IdempotencyTest {

    private static final String TOKEN = TestTokens.forRoles("pat", "practitioner");

    @Inject
    AgroalDataSource dataSource;

    private static ExtractableResponse<Response> post(String key, String name) {
        return given().auth().oauth2(TOKEN).contentType(ContentType.JSON).header(Idempotency.HEADER, key)
                .body("{\"name\": \"" + name + "\"}")
                .post("/api/v1/probe-things").then().extract();
    }

    private int rowsNamed(String name) throws Exception {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select count(*) from kit.probe_thing where name = ?")) {
            query.setString(1, name);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    @Test
    void aRepeatGetsTheFirstAnswerAndWritesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "repeat-" + key;
        ExtractableResponse<Response> first = post(key, name);
        ExtractableResponse<Response> second = post(key, name);
        assertEquals(201, first.statusCode());
        assertEquals(201, second.statusCode());
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals((String) first.path("id"), second.path("id"));
        assertEquals("true", second.header(Idempotency.REPLAYED));
        assertEquals(1, rowsNamed(name));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        post(key, "first-" + key);
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).header(Idempotency.HEADER, key)
                .body("{\"name\": \"other-" + key + "\"}")
                .post("/api/v1/probe-things")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(Idempotency.KEY_REUSED));
        assertEquals(0, rowsNamed("other-" + key));
    }

    @Test
    void keysBelongToTheirCaller() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "caller-" + key;
        post(key, name);
        given().auth().oauth2(TestTokens.forRoles("someone-else", "practitioner")).contentType(ContentType.JSON)
                .header(Idempotency.HEADER, key).body("{\"name\": \"" + name + "\"}")
                .post("/api/v1/probe-things").then().statusCode(201);
        assertEquals(2, rowsNamed(name));
    }

    @Test
    void fiftyConcurrentRepeatsMakeOneRowAndOneAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "concurrent-" + key;
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Callable<ExtractableResponse<Response>> call = () -> {
                    start.await();
                    return post(key, name);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                ExtractableResponse<Response> response = answer.get();
                assertEquals(201, response.statusCode(), response.asString());
                ids.add(response.path("id"));
            }
            assertEquals(1, ids.size(), "all fifty got the same answer");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, rowsNamed(name));
    }

    @Test
    void refusesAMalformedKey() {
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).header(Idempotency.HEADER, "x".repeat(201))
                .body("{\"name\": \"n\"}")
                .post("/api/v1/probe-things")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
