package uk.icr.stack.test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for the assessment-service and Keycloak's token endpoint, on a free port: the care plan
 * and carer services' tests run without the other service. Tests register an assessment with
 * {@code PUT /stand-in/assessments/{id}}; an assessment not registered answers 404, as a real one would.
 */
public class AssessmentStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String URL = "icr.test.assessment-stand-in";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Shared by the stand-in and the tests, which run in one JVM. */
    private static final Map<String, String> ASSESSMENTS = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/token", exchange -> answer(exchange, 200, JSON.writeValueAsString(Map.of(
                "access_token", TestTokens.forRoles("service-account-icr-services", "icr-service"),
                "token_type", "Bearer", "expires_in", 300))));
        server.createContext("/stand-in/assessments/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/stand-in/assessments/".length());
            ASSESSMENTS.put(id, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(exchange, 204, null);
        });
        server.createContext("/api/v1/assessments/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String id = exchange.getRequestURI().getPath().substring("/api/v1/assessments/".length());
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                answer(exchange, 401, "{}");
            } else if (!ASSESSMENTS.containsKey(id)) {
                answer(exchange, 404, "{\"status\": 404}");
            } else {
                answer(exchange, 200, ASSESSMENTS.get(id));
            }
        });
        server.start();
        return Map.of(URL, "http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** What {@code GET /api/v1/assessments/{id}} answers from now on. */
    public static void register(Object assessmentId, String json) {
        ASSESSMENTS.put(assessmentId.toString(), json);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body == null ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
