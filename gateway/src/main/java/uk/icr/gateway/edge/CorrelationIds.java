package uk.icr.gateway.edge;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Every request leaves the gateway with a correlation id ({@code X-Correlation-Id}, the caller's if it sent
 * a sensible one) and a W3C {@code traceparent}; the services log and audit both, and the caller gets the
 * correlation id back to quote when something went wrong.
 */
@ApplicationScoped
public class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";
    public static final String TRACEPARENT = "traceparent";

    private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern W3C = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Before the edge's own checks, so even a refusal carries the id. */
    static final int ORDER = -100;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(CorrelationIds::correlate);
    }

    static void correlate(RoutingContext context) {
        HttpServerRequest request = context.request();
        String correlation = request.getHeader(HEADER);
        if (correlation == null || !SENSIBLE.matcher(correlation).matches()) {
            correlation = UUID.randomUUID().toString();
            request.headers().set(HEADER, correlation);
        }
        String traceparent = request.getHeader(TRACEPARENT);
        if (traceparent == null || !W3C.matcher(traceparent).matches()) {
            request.headers().set(TRACEPARENT, "00-" + hex(16) + "-" + hex(8) + "-01");
        }
        context.response().putHeader(HEADER, correlation);
        MDC.put("correlationId", correlation); // on the gateway's own log lines for this request
        context.next();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
