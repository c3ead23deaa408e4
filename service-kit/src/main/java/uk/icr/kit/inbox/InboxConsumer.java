package uk.icr.kit.inbox;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.icr.kit.events.CloudEventHeaders;

/**
 * One topic's consumer, at least once: each record is processed in a transaction that records its event
 * id in the inbox (a repeat is skipped), and its offset is committed only after that transaction
 * commits. A record that fails {@code maxAttempts} times, or can never be read, goes to
 * {@code <topic>.dlq} with the reason in its headers, and consumption moves on.
 */
final class InboxConsumer {

    static final String DLQ_REASON = "icr_dlq_reason";
    static final String DLQ_TOPIC = "icr_dlq_original_topic";
    static final String DLQ_PARTITION = "icr_dlq_original_partition";
    static final String DLQ_OFFSET = "icr_dlq_original_offset";

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);

    private final EventHandler handler;
    private final Consumer<String, String> consumer;
    private final Producer<String, byte[]> deadLetters;
    private final Inbox inbox;
    private final ObjectMapper json;
    private final int maxAttempts;
    private final Thread thread;
    private volatile boolean running = true;

    InboxConsumer(EventHandler handler, Consumer<String, String> consumer, Producer<String, byte[]> deadLetters,
            Inbox inbox, ObjectMapper json, int maxAttempts) {
        this.handler = handler;
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.inbox = inbox;
        this.json = json;
        this.maxAttempts = maxAttempts;
        this.thread = new Thread(this::run, "inbox-" + handler.topic());
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            consumer.subscribe(List.of(handler.topic()));
            while (running) {
                // Offsets are committed once per batch, not per record: a record processed again after a crash
                // is dropped by the inbox, and a broker round trip per event would bound the whole consumer.
                Map<TopicPartition, OffsetAndMetadata> settled = new HashMap<>();
                boolean stalled = false;
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> record : records) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (!settle(record)) {
                        // Neither processed nor dead-lettered (the DLQ is unreachable): read it, and what followed it
                        // in this batch on every partition, again later.
                        for (TopicPartition polled : records.partitions()) {
                            OffsetAndMetadata done = settled.get(polled);
                            consumer.seek(polled, done != null ? done.offset() : records.records(polled).get(0).offset());
                        }
                        stalled = true;
                        break;
                    }
                    settled.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
                commit(settled);
                if (stalled) {
                    sleep(Duration.ofSeconds(1));
                }
            }
        } catch (WakeupException e) {
            // stopping
        } catch (RuntimeException e) {
            LOG.errorf(e, "Consumer of %s stopped", handler.topic());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> settled) {
        if (!settled.isEmpty()) {
            consumer.commitSync(settled);
        }
    }

    /** Processes or dead-letters the record; false if it could do neither. */
    private boolean settle(ConsumerRecord<String, String> record) {
        String reason;
        try {
            IncomingEvent event = read(record);
            reason = process(event);
        } catch (PoisonEventException e) {
            reason = e.getMessage();
        }
        return reason == null || deadLetter(record, reason);
    }

    /** Null when processed (or already processed before); otherwise why it failed its last attempt. */
    private String process(IncomingEvent event) {
        String reason = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (inbox.firstDelivery(event.id(), event.topic(), event.type())) {
                        try {
                            handler.handle(event);
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new IllegalStateException(e.getMessage(), e);
                        }
                    }
                });
                return null;
            } catch (PoisonEventException e) {
                return e.getMessage();
            } catch (RuntimeException e) {
                reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                LOG.warnf("Event %s on %s failed (attempt %d of %d): %s", event.id(), event.topic(), attempt,
                        maxAttempts, reason);
                if (attempt < maxAttempts) {
                    sleep(backoff(attempt));
                }
            }
        }
        return reason;
    }

    /**
     * 200 ms, doubling, at most 30 s: a service this one reads from (or the identity provider) that is
     * starting or restarting gets over a minute before the event is given up to the dead-letter topic.
     */
    static Duration backoff(int attempt) {
        return Duration.ofMillis(Math.min(200L << Math.min(attempt - 1, 20), 30_000L));
    }

    private IncomingEvent read(ConsumerRecord<String, String> record) {
        String id = CloudEventHeaders.value(record.headers(), CloudEventHeaders.ID);
        String type = CloudEventHeaders.value(record.headers(), CloudEventHeaders.TYPE);
        if (id == null || id.isBlank() || type == null) {
            throw new PoisonEventException("Not a CloudEvent: ce_id and ce_type are required");
        }
        if (record.value() == null) {
            throw new PoisonEventException("Event " + id + " has no data");
        }
        return new IncomingEvent(id, type, CloudEventHeaders.value(record.headers(), CloudEventHeaders.SOURCE),
                CloudEventHeaders.value(record.headers(), CloudEventHeaders.SUBJECT), time(record), record.key(),
                record.topic(), record.value(), json);
    }

    /** When it happened: the CloudEvent's time, or else (a producer that leaves it out) when the broker got it. */
    private static OffsetDateTime time(ConsumerRecord<String, String> record) {
        String time = CloudEventHeaders.value(record.headers(), CloudEventHeaders.TIME);
        if (time != null) {
            try {
                return OffsetDateTime.parse(time);
            } catch (DateTimeParseException e) {
                // fall back to the broker's time
            }
        }
        return Instant.ofEpochMilli(record.timestamp()).atOffset(ZoneOffset.UTC);
    }

    private boolean deadLetter(ConsumerRecord<String, String> record, String reason) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.add(DLQ_REASON, InboxConsumers.bytes(reason));
        headers.add(DLQ_TOPIC, InboxConsumers.bytes(record.topic()));
        headers.add(DLQ_PARTITION, InboxConsumers.bytes(Integer.toString(record.partition())));
        headers.add(DLQ_OFFSET, InboxConsumers.bytes(Long.toString(record.offset())));
        byte[] value = record.value() == null ? null : InboxConsumers.bytes(record.value());
        try {
            deadLetters.send(new ProducerRecord<>(record.topic() + ".dlq", null, record.key(), value, headers))
                    .get(15, TimeUnit.SECONDS);
            LOG.warnf("Dead-lettered %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            LOG.errorf("Could not dead-letter %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
