package uk.icr.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonObject;
import uk.icr.stack.test.TestTokens;

/**
 * One real HTTP server standing in for the four services, so the gateway is tested over real sockets. It
 * answers with 201, an absolute Location, an ETag and a JSON echo of what reached it; a path containing
 * {@code /slow} answers only after {@link #SLOW_MILLIS}. The init arg {@code down} names an upstream that
 * is pointed at a port nobody listens on. The gateway accepts the test tokens of {@link TestTokens}.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    public static final long SLOW_MILLIS = 4_000;
    /** A person the stand-ins hold a record for; their carers' service is slow for {@link #SLOW_CARERS}. */
    public static final String PERSON = "9434765919";
    public static final String SLOW_CARERS = "9990000018";

    /** What each service answers for a person's record, by the start of the path and query it is asked. */
    private static final Map<String, String> RECORD = Map.of(
            "/api/v1/assessments?", """
                    {"items": [{"id": "a-older", "createdAt": "2026-01-05T10:00:00Z", "status": "COMPLETED", "eligible": false},
                               {"id": "a-latest", "createdAt": "2026-09-01T10:00:00Z", "status": "COMPLETED", "eligible": true}],
                     "nextCursor": null}""",
            "/api/v1/care-plans?", """
                    {"items": [{"id": "p-closed", "status": "CLOSED"},
                               {"id": "p-active", "status": "ACTIVE", "coordinator": {"userId": "cara.coordinator"},
                                "nextReviewDue": "2027-01-18"}], "nextCursor": null}""",
            "/api/v1/budgets?", """
                    {"items": [{"id": "b-1", "status": "ACTIVE"}], "nextCursor": null}""",
            "/api/v1/budgets/b-1/balance", """
                    {"budgetId": "b-1", "allocatedPence": 1646000, "spentPence": 250500, "remainingPence": 1395500}""",
            "/api/v1/carers?", """
                    {"items": [{"id": "c-1", "name": "Margaret Evans", "sharedByConsent": ["CONTACT"]}], "nextCursor": null}""");
    static final String RESPONSE_TIMEOUT = "1s";

    private HttpServer server;
    private ExecutorService threads;
    private String down;

    @Override
    public void init(Map<String, String> initArgs) {
        down = initArgs.get("down");
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads = Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        server.createContext("/", this::echo);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> config = new HashMap<>(TestTokens.acceptingConfig());
        for (String upstream : new String[] {"assessment", "careplan", "budget", "carer", "timeline"}) {
            config.put("icr.gateway.upstream." + upstream, upstream.equals(down) ? "http://127.0.0.1:" + closedPort() : url);
        }
        config.put("icr.gateway.response-timeout", RESPONSE_TIMEOUT);
        config.put("quarkus.http.cors.origins", "https://portal.example.nhs.uk");
        return config;
    }

    /** Like a Quarkus service, it answers with an absolute Location built from its own address. */
    private void echo(HttpExchange exchange) throws IOException {
        byte[] requestBody = exchange.getRequestBody().readAllBytes();
        if (exchange.getRequestURI().getPath().contains("/slow")) {
            pause();
        }
        String asked = exchange.getRequestURI().toString();
        if (asked.contains(SLOW_CARERS) && asked.startsWith("/api/v1/carers?")) {
            pause();
        }
        if (asked.contains(PERSON) || asked.contains(SLOW_CARERS) || asked.startsWith("/api/v1/budgets/b-1/")) {
            String answer = RECORD.entrySet().stream().filter(e -> asked.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (answer != null) {
                send(exchange, 200, answer.getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        var headers = exchange.getRequestHeaders();
        JsonObject echo = new JsonObject()
                .put("method", exchange.getRequestMethod())
                .put("path", exchange.getRequestURI().toString())
                .put("authorization", String.valueOf(headers.getFirst("Authorization")))
                .put("ifMatch", headers.getFirst("If-Match"))
                .put("idempotencyKey", headers.getFirst("Idempotency-Key"))
                .put("correlationId", headers.getFirst("X-Correlation-Id"))
                .put("traceparent", headers.getFirst("traceparent"))
                .put("bodyLength", requestBody.length);
        exchange.getResponseHeaders().add("ETag", "\"3\"");
        exchange.getResponseHeaders().add("Location",
                "http://127.0.0.1:" + server.getAddress().getPort() + exchange.getRequestURI().getPath() + "/created");
        send(exchange, 201, echo.encode().getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static void pause() {
        try {
            Thread.sleep(SLOW_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort(); // free once closed: nothing listens there
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
