package uk.icr.kit.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An event that can be neither applied nor dead-lettered (the dead-letter topic is unreachable) stops its
 * batch: every partition of the batch is read again from its first unsettled record, only what was settled
 * is committed, and once the dead-letter topic is back nothing has been skipped or applied twice. The
 * broker is Kafka's {@link MockConsumer}, because a real one cannot be made to lose just its dead-letter
 * topic; the inbox, the handler and the database are real.
 */
@QuarkusTest
class InboxStallTest {

    private static final TopicPartition FIRST = new TopicPartition(ProbeEventHandler.TOPIC, 0);
    private static final TopicPartition SECOND = new TopicPartition(ProbeEventHandler.TOPIC, 1);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ProbeEventHandler handler;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "icr.db.schema")
    String schema;

    private final AtomicBoolean deadLettersReachable = new AtomicBoolean();
    private final AtomicInteger deadLettersRefused = new AtomicInteger();

    /** A dead-letter producer that fails at once while the topic is "unreachable". */
    private final MockProducer<String, byte[]> deadLetters =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer()) {
                @Override
                public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
                    if (deadLettersReachable.get()) {
                        return super.send(record);
                    }
                    deadLettersRefused.incrementAndGet();
                    return CompletableFuture.failedFuture(new TimeoutException("dead-letter topic unreachable"));
                }
            };

    @Test
    void aStalledBatchIsReadAgainOnEveryPartitionAndNothingIsLostOrAppliedTwice() throws Exception {
        // Each partition: an event, one that is not a CloudEvent (only the dead-letter topic can take it), an event.
        List<String> applicable = new ArrayList<>();
        List<ConsumerRecord<String, String>> log = new ArrayList<>();
        for (TopicPartition partition : List.of(FIRST, SECOND)) {
            String before = UUID.randomUUID().toString();
            String after = UUID.randomUUID().toString();
            applicable.add(before);
            applicable.add(after);
            log.add(event(partition, 0, before));
            log.add(new ConsumerRecord<>(partition.topic(), partition.partition(), 1, "9434765919", "poison " + before));
            log.add(event(partition, 2, after));
        }
        MockConsumer<String, String> broker = new MockConsumer<>("earliest");
        broker.schedulePollTask(() -> {
            broker.rebalance(List.of(FIRST, SECOND));
            broker.updateBeginningOffsets(Map.of(FIRST, 0L, SECOND, 0L));
            log.forEach(broker::addRecord);
        });
        ProbeEffects effects = new ProbeEffects(dataSource);
        InboxConsumer consumer = new InboxConsumer(handler, broker, deadLetters,
                new Inbox(dataSource, schema, "kit-test"), json, 1);
        consumer.start();
        try {
            // The batch stops at the first poison record it meets: of the two partitions' first events, the one
            // read before it is applied and committed; nothing after it, on either partition, is.
            awaitTrue(() -> deadLettersRefused.get() > 0 && !committed(broker).isEmpty(), "the batch never stalled");
            Map<TopicPartition, Long> stalled = committed(broker);
            assertEquals(1, stalled.size(), "committed after the stall: " + stalled);
            assertEquals(1L, stalled.values().iterator().next(), "committed after the stall: " + stalled);
            int appliedBeforeStall = 0;
            for (String id : applicable) {
                appliedBeforeStall += effects.of(id);
            }
            assertEquals(1, appliedBeforeStall);

            // The dead-letter topic is back and the broker serves the log again from where the consumer now stands.
            deadLettersReachable.set(true);
            log.forEach(broker::addRecord);
            for (String id : applicable) {
                effects.await(id);
            }
            awaitTrue(() -> Map.of(FIRST, 3L, SECOND, 3L).equals(committed(broker)), "the log was never all committed");
            for (String id : applicable) {
                assertEquals(1, effects.of(id), "effects of " + id);
            }
            List<String> deadLettered = deadLetters.history().stream()
                    .map(record -> new String(record.value(), StandardCharsets.UTF_8)).sorted().toList();
            assertEquals(List.of("poison " + applicable.get(0), "poison " + applicable.get(2)).stream().sorted().toList(),
                    deadLettered);
        } finally {
            consumer.stop();
        }
    }

    private static ConsumerRecord<String, String> event(TopicPartition partition, long offset, String id) {
        var record = new ConsumerRecord<>(partition.topic(), partition.partition(), offset, "9434765919",
                "{\"name\": \"stall\"}");
        ProbeEventHandler.cloudEvent(id)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static Map<TopicPartition, Long> committed(MockConsumer<String, String> broker) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : broker.committed(Set.of(FIRST, SECOND)).entrySet()) {
            if (entry.getValue() != null) {
                offsets.put(entry.getKey(), entry.getValue().offset());
            }
        }
        return offsets;
    }

    private static void awaitTrue(BooleanSupplier condition, String otherwise) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), otherwise);
            Thread.sleep(20);
        }
    }
}
