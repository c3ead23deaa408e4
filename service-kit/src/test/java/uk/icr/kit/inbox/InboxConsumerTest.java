package uk.icr.kit.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
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

    private static Map<String, String> cloudEvent(String id) {
        return Map.of(CloudEventHeaders.ID, id, CloudEventHeaders.TYPE, "uk.nhs.icr.probe.named.v1",
                CloudEventHeaders.SOURCE, "/icr/test", CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.CONTENT_TYPE, "application/json");
    }

    private int effectsOf(String eventId) throws Exception {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select count(*) from kit.probe_effect where event_id = ?")) {
            query.setString(1, eventId);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private void awaitEffect(String eventId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (effectsOf(eventId) == 0) {
            assertTrue(Instant.now().isBefore(deadline), "event " + eventId + " was never applied");
            Thread.sleep(100);
        }
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        String id = UUID.randomUUID().toString();
        TestEvents.send(ProbeEventHandler.TOPIC, "9434765919", "{\"name\": \"twice\"}", cloudEvent(id));
        TestEvents.send(ProbeEventHandler.TOPIC, "9434765919", "{\"name\": \"twice\"}", cloudEvent(id));
        // Same key, same partition: once this later event is applied, both copies have been consumed.
        String after = UUID.randomUUID().toString();
        TestEvents.send(ProbeEventHandler.TOPIC, "9434765919", "{\"name\": \"after\"}", cloudEvent(after));
        awaitEffect(after);
        assertEquals(1, effectsOf(id));
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicAndTheNextIsStillProcessed() throws Exception {
        String key = "9990000018";
        String notACloudEvent = UUID.randomUUID().toString();
        TestEvents.send(ProbeEventHandler.TOPIC, key, "{\"name\": \"" + notACloudEvent + "\"}", Map.of());
        String unreadable = UUID.randomUUID().toString();
        TestEvents.send(ProbeEventHandler.TOPIC, key, "this is not json", cloudEvent(unreadable));
        String failing = UUID.randomUUID().toString();
        TestEvents.send(ProbeEventHandler.TOPIC, key, "{\"name\": \"fail-always\"}", cloudEvent(failing));
        String next = UUID.randomUUID().toString();
        TestEvents.send(ProbeEventHandler.TOPIC, key, "{\"name\": \"next\"}", cloudEvent(next));

        awaitEffect(next);
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
        assertEquals(0, effectsOf(failing));
    }
}
