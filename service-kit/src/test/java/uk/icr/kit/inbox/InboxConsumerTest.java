package uk.icr.kit.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import uk.icr.kit.events.CloudEventHeaders;
import uk.icr.stack.test.TestEvents;

/** At least once in, exactly one effect out; what cannot be processed is dead-lettered, and the rest flows on. */
@QuarkusTest
class InboxConsumerTest {

    @Inject
    AgroalDataSource dataSource;

    private ProbeEffects effects() {
        return new ProbeEffects(dataSource);
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        String id = UUID.randomUUID().toString();
        TestEvents.send(ProbeEventHandler.TOPIC, "9434765919", "{\"name\": \"twice\"}", ProbeEventHandler.cloudEvent(id));
        TestEvents.send(ProbeEventHandler.TOPIC, "9434765919", "{\"name\": \"twice\"}", ProbeEventHandler.cloudEvent(id));
        // Same key, same partition: once this later event is applied, both copies have been consumed.
        String after = UUID.randomUUID().toString();
        TestEvents.send(ProbeEventHandler.TOPIC, "9434765919", "{\"name\": \"after\"}", ProbeEventHandler.cloudEvent(after));
        effects().await(after);
        assertEquals(1, effects().of(id));
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicAndTheNextIsStillProcessed() throws Exception {
        String key = "9990000018";
        String notACloudEvent = UUID.randomUUID().toString();
        TestEvents.send(ProbeEventHandler.TOPIC, key, "{\"name\": \"" + notACloudEvent + "\"}", Map.of());
        String unreadable = UUID.randomUUID().toString();
        TestEvents.send(ProbeEventHandler.TOPIC, key, "this is not json", ProbeEventHandler.cloudEvent(unreadable));
        String failing = UUID.randomUUID().toString();
        TestEvents.send(ProbeEventHandler.TOPIC, key, "{\"name\": \"fail-always\"}", ProbeEventHandler.cloudEvent(failing));
        String next = UUID.randomUUID().toString();
        TestEvents.send(ProbeEventHandler.TOPIC, key, "{\"name\": \"next\"}", ProbeEventHandler.cloudEvent(next));

        effects().await(next);
        String dlq = ProbeEventHandler.TOPIC + ".dlq";
        ConsumerRecord<String, String> first = TestEvents.awaitRecord(dlq,
                r -> r.value() != null && r.value().contains(notACloudEvent), Duration.ofSeconds(30));
        assertTrue(CloudEventHeaders.value(first.headers(), InboxConsumer.DLQ_REASON).contains("Not a CloudEvent"));
        assertEquals(ProbeEventHandler.TOPIC, CloudEventHeaders.value(first.headers(), InboxConsumer.DLQ_TOPIC));

        ConsumerRecord<String, String> second = TestEvents.awaitRecord(dlq,
                r -> unreadable.equals(CloudEventHeaders.value(r.headers(), CloudEventHeaders.ID)), Duration.ofSeconds(30));
        assertTrue(CloudEventHeaders.value(second.headers(), InboxConsumer.DLQ_REASON).contains("is not a Named"));

        ConsumerRecord<String, String> third = TestEvents.awaitRecord(dlq,
                r -> failing.equals(CloudEventHeaders.value(r.headers(), CloudEventHeaders.ID)), Duration.ofSeconds(30));
        assertTrue(CloudEventHeaders.value(third.headers(), InboxConsumer.DLQ_REASON).contains("cannot be applied"));
        assertEquals(0, effects().of(failing));
    }
}
