package uk.icr.bench.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.icr.bench.load.HttpCall;

/**
 * The suite's API for setting scenarios up (not for load): demo users' tokens from Keycloak, and plain
 * calls that must answer as expected.
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String keycloakUrl;

    public Api(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
    }

    /** A fresh access token (they live 15 minutes) for a demo user, password "demo". */
    public String token(String user) {
        String form = "grant_type=password&client_id=icr-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=demo";
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/icr/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return send(request, 200).json().get("access_token").asText();
    }

    /** An answer: status, headers and the body as JSON (null when empty). */
    public record Answer(int status, HttpResponse<String> raw, JsonNode json) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Answer get(String url, String token, int expected) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                expected);
    }

    public Answer post(String url, String token, Map<String, String> headers, String body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build(), expected);
    }

    public Answer send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                        + " (expected " + expected + "): " + response.body());
            }
            JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), response, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a load call once more, as its caller retrying it would: its status, whatever it is (-1: no answer). */
    public int retry(HttpCall call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(call.url())).method(call.method(),
                call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(call.body()));
        call.headers().forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /** A JSON body from benchmarks' resources (fixtures/...). */
    public static String fixture(String name) {
        try (InputStream in = Api.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
