package uk.icr.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import uk.icr.kit.events.CloudEventHeaders;

/**
 * Publishes outbox rows to Kafka, oldest first, and marks them published.
 *
 * <ul>
 * <li>Woken after every commit that wrote a row, so an event normally leaves within milliseconds; it also
 * sweeps every {@code icr.outbox.sweep-interval}, so rows written while Kafka was down go out once it is
 * back.</li>
 * <li>Several replicas may run: a transaction-scoped advisory lock lets one relay at a time, so rows keep
 * their order.</li>
 * <li>A row is marked published only after the broker acknowledged it, and a batch stops at the first
 * failure: nothing is lost, and a person's later events never overtake an earlier one (the producer is
 * idempotent, so retries do not reorder a partition). A row may be sent twice if we crash between the
 * acknowledgement and the commit; its CloudEvents id stays the same, and consumers drop the repeat.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    OutboxConfig config;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @ConfigProperty(name = "icr.db.schema")
    String schema;

    private final AtomicBoolean wakePending = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private Producer<String, byte[]> producer;

    void start(@Observes StartupEvent event) {
        Map<String, Object> producerConfig = new HashMap<>(kafkaConfig);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // The relay already sends a whole batch and then waits for it: lingering (5 ms by default since Kafka 4)
        // would only add to every event's latency.
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox");
        // While Kafka is down a send fails within seconds instead of holding the relay for a minute.
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(producerConfig);
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long sweep = config.sweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::drain, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close();
    }

    /** Asks for a relay run soon; calls while one is already pending are folded into it. */
    public void wake() {
        if (executor != null && wakePending.compareAndSet(false, true)) {
            executor.execute(() -> {
                wakePending.set(false);
                drain();
            });
        }
    }

    /** Relays batches until the outbox is empty, another replica holds the lock, or a send fails. */
    void drain() {
        try {
            while (relayBatch() == config.batchSize()) {
                // a full batch: there may be more
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Outbox relay paused: %s", e.getMessage());
        }
    }

    private int relayBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<Row> rows = unpublished(connection);
                List<UUID> published = send(rows);
                markPublished(connection, published);
                connection.commit();
                return published.size() == rows.size() ? rows.size() : -1;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "icr-outbox-relay:" + schema);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private List<Row> unpublished(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, aggregateid, type, topic, message_key,"
                + " payload::text, occurred_at from " + schema + ".outbox where published_at is null order by seq limit ?")) {
            select.setInt(1, config.batchSize());
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getObject(1, UUID.class), result.getString(2), result.getString(3),
                            result.getString(4), result.getString(5), result.getString(6),
                            result.getObject(7, OffsetDateTime.class)));
                }
            }
        }
        return rows;
    }

    /** Sends the rows in order and returns the ids the broker acknowledged, up to the first failure. */
    private List<UUID> send(List<Row> rows) {
        String source = "/icr/" + applicationName;
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        try {
            for (Row row : rows) {
                Future<RecordMetadata> ack = producer.send(new ProducerRecord<>(row.topic, null, row.key,
                        compact(row.payload),
                        CloudEventHeaders.of(row.id.toString(), source, row.type, row.aggregateId, row.occurredAt)));
                acks.add(ack);
                if (ack.isDone() && failed(ack)) {
                    // Refused at once (no broker for max.block.ms): the rest of the batch would wait as long.
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay could not send: %s", e.getMessage());
        }
        List<UUID> published = new ArrayList<>(acks.size());
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get();
                published.add(rows.get(i).id);
            } catch (ExecutionException e) {
                LOG.warnf("Outbox relay: %s %s not acknowledged (%s); will retry", rows.get(i).type, rows.get(i).id,
                        e.getCause().getMessage());
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return published;
    }

    /** jsonb hands the payload back with spaces after every separator; the wire gets compact JSON. */
    private byte[] compact(String payload) {
        try {
            return json.writeValueAsBytes(json.readTree(payload));
        } catch (JsonProcessingException e) {
            return payload.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static boolean failed(Future<RecordMetadata> ack) {
        try {
            ack.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private void markPublished(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update " + schema + ".outbox set published_at = now() where id = any(?)")) {
            update.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            update.executeUpdate();
        }
    }

    /** Deletes rows published longer ago than the retention; called by the kit's housekeeping. */
    public int purgePublished(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from " + schema + ".outbox where published_at < ?")) {
            delete.setObject(1, OffsetDateTime.ofInstant(Instant.now().minus(config.retention()), ZoneOffset.UTC));
            return delete.executeUpdate();
        }
    }

    /** The age of the oldest row not yet published, in seconds; 0 when there is none. */
    double oldestUnpublishedAgeSeconds() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select coalesce(extract(epoch from now()"
                     + " - min(occurred_at)), 0) from " + schema + ".outbox where published_at is null");
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getDouble(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    private record Row(UUID id, String aggregateId, String type, String topic, String key, String payload,
            OffsetDateTime occurredAt) {
    }
}
