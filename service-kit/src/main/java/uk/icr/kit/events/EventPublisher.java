package uk.icr.kit.events;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Identifier;

/**
 * Publishes domain events to Kafka once, and only if, the surrounding transaction commits: a rolled-back
 * change never announces itself.
 *
 * <p>Walking-skeleton limit: an event whose send fails after the commit is logged, not retried. The
 * transactional outbox of the service-kit issue replaces this so that no event is ever lost.
 */
@ApplicationScoped
public class EventPublisher {

    private static final Logger LOG = Logger.getLogger(EventPublisher.class);

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ObjectMapper json;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    private volatile Producer<String, byte[]> producer;

    /** Sends the event after the current transaction commits; must be called inside a transaction. */
    public void publishAfterCommit(DomainEvent event) {
        byte[] payload = serialise(event);
        OffsetDateTime time = OffsetDateTime.now();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    send(event, payload, time);
                }
            }
        });
    }

    private void send(DomainEvent event, byte[] payload, OffsetDateTime time) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), null, event.key(), payload,
                CloudEventHeaders.of(event, "/icr/" + applicationName, time));
        producer().send(record, (metadata, error) -> {
            if (error != null) {
                LOG.errorf(error, "Event %s for %s was not published", event.type(), event.subject());
            }
        });
    }

    private byte[] serialise(DomainEvent event) {
        try {
            return json.writeValueAsBytes(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data is not serialisable: " + event.type(), e);
        }
    }

    private Producer<String, byte[]> producer() {
        Producer<String, byte[]> current = producer;
        if (current == null) {
            synchronized (this) {
                current = producer;
                if (current == null) {
                    Map<String, Object> config = new HashMap<>(kafkaConfig);
                    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
                    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-events");
                    current = new KafkaProducer<>(config);
                    producer = current;
                }
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
