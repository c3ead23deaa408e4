package uk.icr.gateway.people;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import uk.icr.gateway.routing.GatewayConfig;

/** GETs from the services on the caller's behalf: their token and correlation id go with each call. */
@ApplicationScoped
public class ServiceCalls {

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper json;

    private final HttpClient client;

    @Inject
    ServiceCalls(Vertx vertx, GatewayConfig config) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis()).setMaxPoolSize(50));
    }

    /** A service refused or failed the call: its status, and the detail of its problem answer if any. */
    public static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String detail) {
            super(detail, null, false, false);
            this.status = status;
        }
    }

    /** The JSON a service answers with 200, or a {@link Refused} failure. */
    public Uni<JsonNode> get(String upstream, String pathAndQuery, Caller caller, Duration timeout) {
        URI base = config.upstream().get(upstream);
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET)
                .setAbsoluteURI(base.toString().replaceAll("/+$", "") + pathAndQuery)
                .putHeader("Accept", "application/json")
                .putHeader("Authorization", caller.authorization())
                .putHeader("X-Correlation-Id", caller.correlationId())
                .setTimeout(timeout.toMillis());
        return Uni.createFrom().completionStage(() -> client.request(request)
                .compose(sent -> sent.send())
                .compose(response -> response.body().map(body -> read(response.statusCode(), body.getBytes())))
                .toCompletionStage());
    }

    private JsonNode read(int status, byte[] body) {
        JsonNode answer;
        try {
            answer = body.length == 0 ? json.nullNode() : json.readTree(body);
        } catch (IOException e) {
            throw new Refused(status, "answered with something other than JSON");
        }
        if (status != 200) {
            throw new Refused(status, answer.path("detail").asText("answered " + status));
        }
        return answer;
    }

    /** Who the record is composed for: their bearer token and the request's correlation id. */
    public record Caller(String authorization, String correlationId) {
    }
}
