package uk.icr.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One real HTTP server standing in for all four services, so the gateway's routing is tested over real
 * sockets. It answers every request with 201, an absolute Location, and a JSON echo of what reached it.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::echo);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "icr.gateway.upstream.assessment", url,
                "icr.gateway.upstream.careplan", url,
                "icr.gateway.upstream.budget", url,
                "icr.gateway.upstream.carer", url);
    }

    /** Like a Quarkus service, it answers with an absolute Location built from its own address. */
    private void echo(HttpExchange exchange) throws IOException {
        byte[] requestBody = exchange.getRequestBody().readAllBytes();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String json = "{\"method\":\"" + exchange.getRequestMethod() + "\","
                + "\"path\":\"" + exchange.getRequestURI() + "\","
                + "\"authorization\":\"" + (authorization == null ? "" : authorization) + "\","
                + "\"bodyLength\":" + requestBody.length + "}";
        byte[] response = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Location",
                "http://127.0.0.1:" + server.getAddress().getPort() + exchange.getRequestURI().getPath() + "/created");
        exchange.sendResponseHeaders(201, response.length);
        exchange.getResponseBody().write(response);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
