package uk.icr.kit.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Records every call on {@code /api/} that did not already record itself with a committed change: reads,
 * denials (401, 403), failures and changes that rolled back. The answer's status is the outcome.
 */
public class AuditResponseFilter {

    @Inject
    AuditTrail trail;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!path.startsWith("/api/") || trail.alreadyRecorded()) {
            return Uni.createFrom().voidItem();
        }
        String method = request.getMethod();
        int status = response.getStatus();
        // Some answers (a refused token, a wrong method) leave from the IO thread: the identity is asked for
        // without blocking, and the record is written on a worker.
        return identities.getDeferredIdentity()
                .onFailure().recoverWithItem((SecurityIdentity) null)
                .map(caller -> trail.describe(method, path, request::getHeaderString, status, caller))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .invoke(record -> QuarkusTransaction.requiringNew().run(() -> trail.store(record)))
                .replaceWithVoid();
    }
}
