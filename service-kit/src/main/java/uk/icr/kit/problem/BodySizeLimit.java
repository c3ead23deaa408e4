package uk.icr.kit.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Quarkus refuses a body over {@code quarkus.http.limits.max-body-size} with an empty 413 before any
 * mapper runs. A declared Content-Length over the limit is refused here first, as a problem+json that
 * says what the limit is. (413, not 400: the request may be perfectly valid, just too large.)
 */
@ApplicationScoped
public class BodySizeLimit {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize limit;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            Problem problem = Problem.of(413, "The body is larger than the limit of " + describe(limit.asLongValue())
                    + ".", rc.request().path());
            try {
                rc.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(json.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                rc.fail(413);
            }
            return;
        }
        rc.next();
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > limit.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String describe(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
