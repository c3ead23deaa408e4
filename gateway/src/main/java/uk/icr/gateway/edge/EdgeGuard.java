package uk.icr.gateway.edge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request to the API without a valid bearer token is refused here (fail fast: no service spends anything
 * on it), with the same problem body a service would give and the {@code WWW-Authenticate} challenge. The
 * token is checked as the services check it (signature, issuer, expiry); the services still check roles.
 */
@ApplicationScoped
public class EdgeGuard {

    static final int ORDER = 1_000;
    /** The caller's subject, for the rate limit. */
    static final String SUBJECT = "icr.subject";

    void install(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(EdgeGuard::authenticate);
        // A token that fails validation fails the request inside Quarkus before the handler hears of it.
        router.route("/api/*").order(CorrelationIds.ORDER).failureHandler(context -> {
            if (context.failure() instanceof AuthenticationFailedException || context.statusCode() == 401) {
                refuse(context);
            } else {
                context.next();
            }
        });
    }

    private static void authenticate(RoutingContext context) {
        Uni<SecurityIdentity> identity = context.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (identity == null) {
            refuse(context);
            return;
        }
        // The body must wait while the token is checked (a first check may fetch the provider's keys); the
        // proxy resumes the request as it streams the body on.
        context.request().pause();
        // The check may answer on another thread; the request must go on on its own event loop, or its body
        // can end before the proxy listens for it and the service waits for the rest until the gateway times
        // out (seen by the benchmarks: POSTs through the gateway hanging for 10 s under load).
        Context requestContext = Vertx.currentContext();
        identity.subscribe().with(caller -> requestContext.runOnContext(ignored -> {
            if (caller == null || caller.isAnonymous()) {
                refuse(context);
            } else {
                context.put(SUBJECT, caller.getPrincipal().getName());
                context.next();
            }
        }), failure -> requestContext.runOnContext(ignored -> refuse(context)));
    }

    private static void refuse(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        context.response().putHeader("WWW-Authenticate", "Bearer");
        new EdgeProblem("about:blank", "Unauthorized", 401,
                "A valid bearer token is needed: sign in with the identity provider and send its access token.")
                .send(context);
    }
}
