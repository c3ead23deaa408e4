package uk.icr.stack.test;

import java.time.Duration;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads what services published, from the real broker, as an integration partner would. */
public final class TestEvents {

    private TestEvents() {
    }

    /**
     * Sends a record as a partner or another service would, with the given headers (CloudEvents ones, or
     * none at all for a poison message), and waits for the broker's acknowledgement.
     */
    /** A header of a record, as text; empty when the record has none. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Waits (up to 30 s) for the CloudEvent of {@code type} about {@code subject} (its ce_subject). */
    public static ConsumerRecord<String, String> awaitEvent(String topic, String subject, String type) {
        return awaitRecord(topic, r -> subject.equals(header(r, "ce_subject")) && type.equals(header(r, "ce_type")),
                Duration.ofSeconds(30));
    }

    /** Every CloudEvent of {@code type} about {@code subject} on the topic, read for {@code readFor}. */
    public static List<ConsumerRecord<String, String>> events(String topic, String subject, String type, Duration readFor) {
        return readAll(topic, readFor).stream()
                .filter(r -> subject.equals(header(r, "ce_subject")) && type.equals(header(r, "ce_type"))).toList();
    }

    /** Sends a CloudEvent as its publisher would, after checking its data against the contract; returns its ce_id. */
    public static String sendCloudEvent(String topic, String key, String type, String subject, String data) {
        EventContracts.assertDataConforms(type, data);
        String id = java.util.UUID.randomUUID().toString();
        send(topic, key, data, cloudEventHeaders(id, type, subject));
        return id;
    }

    /** The CloudEvents headers of an event (binary mode), e.g. to send the same event twice. */
    public static Map<String, String> cloudEventHeaders(String id, String type, String subject) {
        return Map.of("ce_id", id, "ce_source", "/icr/test", "ce_type", type, "ce_specversion", "1.0",
                "ce_time", java.time.OffsetDateTime.now().toString(), "ce_subject", subject,
                "content-type", "application/json");
    }

    public static void send(String topic, String key, String value, Map<String, String> headers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    /** Every record on {@code topic} from its beginning, read for {@code duration}. */
    public static List<ConsumerRecord<String, String>> readAll(String topic, Duration duration) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(duration);
            while (Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(250)).forEach(records::add);
            }
        }
        return records;
    }

    /**
     * Waits for the first record on {@code topic} that matches, reading the topic from its beginning with a
     * fresh consumer group, and fails with what it did see if none arrives in time.
     */
    public static ConsumerRecord<String, String> awaitRecord(String topic, Predicate<ConsumerRecord<String, String>> match,
            Duration timeout) {
        int seen = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    seen++;
                    if (match.test(record)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No matching record on " + topic + " within " + timeout + " (" + seen + " others seen)");
    }

    /** A fresh consumer group reading from the beginning, so every test sees the whole topic. */
    private static Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "icr-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }
}
