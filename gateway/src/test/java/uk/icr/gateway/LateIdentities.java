package uk.icr.gateway;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Only in the gateway's tests: the identity of {@link #SUBJECT} is ready 50 ms later, on a thread of its
 * own that is no Vert.x thread, as when a token's check waits on something outside the request (the identity
 * provider's keys, under load). Every other identity is left as it is.
 */
@ApplicationScoped
public class LateIdentities implements SecurityIdentityAugmentor {

    public static final String SUBJECT = "pat.later";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !SUBJECT.equals(identity.getPrincipal().getName())) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().emitter(emitter -> new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            emitter.complete(identity);
        }, "late-identity").start());
    }
}
