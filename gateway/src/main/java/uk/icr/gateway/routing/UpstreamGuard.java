package uk.icr.gateway.routing;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.util.TypeLiteral;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import io.smallrye.faulttolerance.api.TypedGuard;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import uk.icr.gateway.edge.EdgeProblem;

/**
 * Guards the calls to one upstream: a service that cannot be reached gets 503, one that stays silent past
 * the response timeout gets 504, both as problems naming the service; and once many calls in a row have
 * failed, a circuit breaker answers 503 at once for a while instead of making every caller wait.
 */
final class UpstreamGuard implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamGuard.class);

    private final String service;
    private final TypedGuard<CompletionStage<ProxyResponse>> guard;

    UpstreamGuard(String service, Duration responseTimeout, GatewayConfig.CircuitBreaker breaker) {
        this.service = service;
        this.guard = TypedGuard.create(new TypeLiteral<CompletionStage<ProxyResponse>>() { })
                // The call is non-blocking and belongs on the request's event loop, not on a worker thread.
                .withThreadOffload(false)
                // The bound on waiting for an answer; the call's own idle timeout then frees its connection.
                .withTimeout().duration(responseTimeout.toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker()
                .name("upstream-" + service)
                .requestVolumeThreshold(breaker.requestVolume())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                .onStateChange(state -> LOG.infof("Circuit to %s is now %s", service, state))
                .done()
                .build();
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        Context vertx = Vertx.currentContext();
        CompletionStage<ProxyResponse> sent = guard.get(() -> context.sendRequest().toCompletionStage());
        // Back on the request's event loop, whichever thread ended the wait.
        return Future.fromCompletionStage(sent, vertx).recover(failure -> Future.succeededFuture(answer(context, failure)));
    }

    private ProxyResponse answer(ProxyContext context, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        EdgeProblem problem;
        if (cause instanceof CircuitBreakerOpenException) {
            problem = new EdgeProblem("urn:icr:problem:service-unavailable", "A service is unavailable", 503,
                    "The " + service + " service is failing; the gateway is not calling it for a few seconds. Try again shortly.");
        } else if (cause instanceof TimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
            problem = new EdgeProblem("urn:icr:problem:service-timeout", "A service did not answer in time", 504,
                    "The " + service + " service did not answer in time. The request may or may not have taken effect:"
                            + " read before retrying, or retry with the same Idempotency-Key.");
        } else {
            LOG.debugf("Call to %s failed: %s", service, cause.toString());
            problem = new EdgeProblem("urn:icr:problem:service-unavailable", "A service is unavailable", 503,
                    "The " + service + " service could not be reached. Try again shortly.");
        }
        ProxyResponse response = context.request().response();
        response.setStatusCode(problem.status()).setStatusMessage(problem.title());
        response.headers().clear();
        response.putHeader("Content-Type", EdgeProblem.MEDIA_TYPE);
        if (problem.status() == 503) {
            response.putHeader("Retry-After", "5");
        }
        response.setBody(Body.body(Buffer.buffer(problem.toJson(context.request().proxiedRequest().path()).encode())));
        return response;
    }
}
