package uk.icr.kit.logging;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import uk.icr.kit.audit.AuditTrail;

/**
 * Puts the request's correlation id (set by the gateway, or by the caller) on every log line written while
 * the request is handled, so one id finds a request in the gateway's log, each service's log and the audit
 * trail. Quarkus keeps the logging context with the request across the threads that handle it.
 */
public class CorrelationIdLogging {

    public static final String MDC_KEY = "correlationId";

    @ServerRequestFilter(preMatching = true)
    public void tag(ContainerRequestContext request) {
        String correlation = request.getHeaderString(AuditTrail.CORRELATION_HEADER);
        if (correlation != null && correlation.length() <= 100) {
            MDC.put(MDC_KEY, correlation);
        } else {
            MDC.remove(MDC_KEY);
        }
    }
}
