package uk.icr.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Starts one {@link InboxConsumer} per {@link EventHandler} bean of the service.
 *
 * <p>Why a loop on {@code quarkus-kafka-client} rather than the SmallRye Kafka connector: the guarantees
 * we need are exactly "record the event id and apply its effect in one database transaction, commit the
 * offset only after that transaction commits, dead-letter after bounded retries and move on". Written
 * out, that is one small class with the same producer settings as the outbox, and no second
 * configuration model (channels, acknowledgement and commit strategies) for every service to learn.
 */
@ApplicationScoped
public class InboxConsumers {

    @Inject
    Instance<EventHandler> handlers;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @ConfigProperty(name = "icr.db.schema")
    String schema;

    /** Attempts at an event that fails before it is dead-lettered (backing off between them: about 80 s for 10). */
    @ConfigProperty(name = "icr.inbox.max-attempts", defaultValue = "10")
    int maxAttempts;

    private final List<InboxConsumer> running = new ArrayList<>();
    private Producer<String, byte[]> deadLetters;

    void start(@Observes StartupEvent event) {
        if (handlers.isUnsatisfied()) {
            return;
        }
        Map<String, Object> producerConfig = new HashMap<>(kafkaConfig);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-dlq");
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                org.apache.kafka.common.serialization.ByteArraySerializer.class.getName());
        deadLetters = new KafkaProducer<>(producerConfig);
        for (EventHandler handler : handlers) {
            Map<String, Object> consumerConfig = new HashMap<>(kafkaConfig);
            // One group per service: each service sees every event once, whatever its replica count.
            consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, applicationName);
            consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, applicationName + "-" + handler.topic());
            consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            consumerConfig.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
            InboxConsumer consumer = new InboxConsumer(handler,
                    new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer()), deadLetters,
                    new Inbox(dataSource, schema, applicationName), json, maxAttempts);
            consumer.start();
            running.add(consumer);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running.forEach(InboxConsumer::stop);
        if (deadLetters != null) {
            deadLetters.close(Duration.ofSeconds(5));
        }
    }

    static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
