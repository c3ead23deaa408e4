package uk.icr.kit.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import uk.icr.kit.audit.AuditTrail;
import uk.icr.kit.events.DomainEvent;

/**
 * Where a service records the events of a change: a row in its own database, in the same transaction as
 * the change. A change that rolls back takes its events with it; one that commits is published by the
 * {@link OutboxRelay}, which is woken as soon as the transaction commits.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = new Object();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ObjectMapper json;

    @Inject
    OutboxRelay relay;

    @Inject
    AuditTrail audit;

    @ConfigProperty(name = "icr.db.schema")
    String schema;

    /**
     * Records the event in the current transaction and returns its id (the CloudEvents id). The first
     * event of a transaction serving an API call also writes that call's audit record.
     */
    public UUID add(DomainEvent event) {
        UUID id = addWithoutAudit(event);
        audit.onWrite(event);
        return id;
    }

    /** For the audit trail's own events, which are not themselves audited. */
    public UUID addWithoutAudit(DomainEvent event) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Outbox.add needs an active transaction: the event must commit with its change");
        }
        UUID id = UUID.randomUUID();
        String sql = "insert into " + schema + ".outbox (id, aggregatetype, aggregateid, type, topic, message_key,"
                + " payload, occurred_at) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)";
        // The connection is enlisted in the transaction: the row commits or rolls back with the change.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, id);
            insert.setString(2, event.aggregateType());
            insert.setString(3, event.aggregateId());
            insert.setString(4, event.type());
            insert.setString(5, event.topic());
            insert.setString(6, event.key());
            insert.setString(7, json.writeValueAsString(event.data()));
            insert.setTimestamp(8, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the outbox row for " + event.type(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data is not serialisable: " + event.type(), e);
        }
        wakeRelayAfterCommit();
        return id;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
