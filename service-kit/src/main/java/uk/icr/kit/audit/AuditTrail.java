package uk.icr.kit.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import uk.icr.kit.events.DomainEvent;
import uk.icr.kit.outbox.Outbox;

/**
 * Every call on {@code /api/} leaves exactly one audit record, in the service's own database, and an event
 * on {@code icr.audit.v1}:
 * <ul>
 * <li>a call that changes data records itself in the same transaction as the change (the outbox calls
 * {@link #onWrite} with the change's first event), so there is no change without its record;</li>
 * <li>every other call (reads, denials, failures, changes that rolled back) is recorded by
 * {@link AuditResponseFilter} once the answer is known.</li>
 * </ul>
 */
@ApplicationScoped
public class AuditTrail {

    public static final String PURPOSE_HEADER = "X-Purpose-Of-Use";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Object WRITE_RECORDED = new Object();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    AuditContext context;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "icr.db.schema")
    String schema;

    /** Called by the outbox inside a transaction that changes data; records the call once per transaction. */
    public void onWrite(DomainEvent event) {
        recordWrite(event.key());
    }

    /**
     * For a change that publishes no event (such as a PATCH of free text): records the call in the
     * current transaction, once per transaction, naming {@code key} when it is an NHS number.
     */
    public void recordWrite(String key) {
        if (!Arc.container().requestContext().isActive() || currentRequest.getCurrent() == null
                || transactions.getResource(WRITE_RECORDED) != null) {
            return;
        }
        HttpServerRequest request = currentRequest.getCurrent().request();
        if (!request.path().startsWith("/api/")) {
            return;
        }
        transactions.putResource(WRITE_RECORDED, Boolean.TRUE);
        if (context.nhsNumber() == null && key != null && key.matches("[0-9]{10}")) {
            context.about(key);
        }
        int status = "POST".equals(request.method().name()) && Actions.isCollection(request.path()) ? 201 : 200;
        store(describe(request.method().name(), request.path(), request::getHeader, status, identity));
        AuditContext requestContext = context;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int txStatus) {
                if (txStatus == Status.STATUS_COMMITTED) {
                    requestContext.markRecorded();
                }
            }
        });
    }

    /**
     * Records that the caller was refused one resource inside an answer that otherwise succeeded (a carer
     * whose consent does not cover the caller, left out of a list): a READ of that resource, outcome DENIED,
     * about {@code nhsNumber}. Its own transaction, so the record stays whatever the request does.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordDenied(String resourceType, String resourceId, String nhsNumber) {
        HttpServerRequest request = currentRequest.getCurrent().request();
        AuditRecord call = describe(request.method().name(), request.path(), request::getHeader, 403, identity);
        store(new AuditRecord(call.auditId(), call.occurredAt(), call.actor(), call.roles(), call.organisation(), "READ",
                resourceType, resourceId, nhsNumber, call.purpose(), call.correlationId(), call.method(), call.path(), 403,
                call.outcome()));
    }

    /**
     * The caller's organisation (ODS code) from the token's {@code organisation} claim, when it is a short
     * string; a token may carry anything there, and a record must never fail because of it.
     */
    public static String organisation(SecurityIdentity caller) {
        if (caller != null && caller.getPrincipal() instanceof JsonWebToken token
                && token.claim("organisation").orElse(null) instanceof String value && !value.isBlank()) {
            return truncate(value.strip(), 50);
        }
        return null;
    }

    boolean alreadyRecorded() {
        return context.recorded();
    }

    /**
     * The record of a call, from the caller's identity (null when the token was refused), the request and
     * what the resource said it was about.
     */
    AuditRecord describe(String method, String path, UnaryOperator<String> header, int status, SecurityIdentity caller) {
        boolean anonymous = caller == null || caller.isAnonymous();
        String actor = anonymous ? "anonymous" : truncate(caller.getPrincipal().getName(), 200);
        String roles = anonymous ? "" : truncate(String.join(",", caller.getRoles().stream().sorted().toList()), 500);
        String organisation = anonymous ? null : organisation(caller);
        List<String> segments = Actions.segments(path);
        String purpose = header.apply(PURPOSE_HEADER);
        String correlation = header.apply(CORRELATION_HEADER);
        return new AuditRecord(UUID.randomUUID(), OffsetDateTime.now(), actor, roles, organisation,
                Actions.action(method, segments), segments.isEmpty() ? "unknown" : segments.get(0),
                segments.size() > 1 ? segments.get(1) : null, context.nhsNumber(),
                purpose == null || purpose.isBlank() ? "DIRECT_CARE" : truncate(purpose.trim().toUpperCase(Locale.ROOT), 50),
                correlation == null || correlation.isBlank() ? UUID.randomUUID().toString() : truncate(correlation, 100),
                method, truncate(path, 500), status, Actions.outcome(status));
    }

    /** Writes the record and its event, in the current transaction. */
    void store(AuditRecord record) {
        String sql = "insert into " + schema + ".audit_record (id, occurred_at, actor, roles, organisation, action,"
                + " resource_type, resource_id, nhs_number, purpose, correlation_id, method, path, status, outcome)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, record.auditId());
            insert.setTimestamp(2, Timestamp.from(record.occurredAt().toInstant()));
            insert.setString(3, record.actor());
            insert.setString(4, record.roles());
            insert.setString(5, record.organisation());
            insert.setString(6, record.action());
            insert.setString(7, record.resourceType());
            insert.setString(8, record.resourceId());
            insert.setString(9, record.nhsNumber());
            insert.setString(10, record.purpose());
            insert.setString(11, record.correlationId());
            insert.setString(12, record.method());
            insert.setString(13, record.path());
            insert.setInt(14, record.status());
            insert.setString(15, record.outcome());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit record", e);
        }
        String key = record.nhsNumber() != null ? record.nhsNumber() : record.actor();
        outbox.addWithoutAudit(new DomainEvent(AuditRecord.TOPIC, "audit-record", record.auditId().toString(),
                AuditRecord.TYPE, key, record));
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
