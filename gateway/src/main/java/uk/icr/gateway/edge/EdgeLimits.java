package uk.icr.gateway.edge;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import uk.icr.gateway.routing.GatewayConfig;

/**
 * What the edge refuses before a service spends anything on it: bodies over the size limit (413; a body
 * that does not declare its length is cut off by Quarkus at the same limit) and clients over their rate
 * (429 with {@code Retry-After}).
 */
@ApplicationScoped
public class EdgeLimits {

    @Inject
    GatewayConfig config;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;

    private RateLimiter limiter;

    void install(@Observes Router router, Vertx vertx) {
        limiter = new RateLimiter(config.rateLimit().perSecond(), config.rateLimit().burst());
        vertx.setPeriodic(60_000, id -> limiter.forgetIdle(System.nanoTime()));
        router.route("/api/*").order(CorrelationIds.ORDER + 1).handler(this::size);
        // After the identity is known (EdgeGuard), so a client is its token's subject.
        router.route("/api/*").order(EdgeGuard.ORDER + 1).handler(this::rate);
    }

    private void size(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBody.asLongValue()) {
            new EdgeProblem("urn:icr:problem:request-too-large", "The request body is too large", 413,
                    "The body is " + length + " bytes; the limit is " + maxBody.asLongValue() + ".").send(context);
            return;
        }
        context.next();
    }

    private void rate(RoutingContext context) {
        Duration wait = limiter.acquire(client(context), System.nanoTime());
        if (wait.isZero()) {
            context.next();
            return;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        context.response().putHeader("Retry-After", Long.toString(seconds));
        new EdgeProblem("urn:icr:problem:rate-limited", "Too many requests", 429, "This client may make "
                + config.rateLimit().perSecond() + " requests a second (bursts of " + config.rateLimit().burst()
                + "); try again in " + seconds + " s.").send(context);
    }

    private static String client(RoutingContext context) {
        String subject = context.get(EdgeGuard.SUBJECT);
        return subject != null ? "user:" + subject : "address:" + context.request().remoteAddress().hostAddress();
    }
}
