package uk.icr.kit.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import uk.icr.kit.events.CloudEventHeaders;
import uk.icr.kit.events.DomainEvent;
import uk.icr.stack.test.TestEvents;

/** The outbox against the real PostgreSQL and broker: commit means published once, rollback means never. */
@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRows rows;

    static DomainEvent event(String topic, String aggregateId, String nhsNumber, int n) {
        return new DomainEvent(topic, "widget", aggregateId, "uk.nhs.icr.widget.changed.v1", nhsNumber,
                Map.of("widgetId", aggregateId, "n", n));
    }

    @Test
    void aCommittedChangeIsPublishedExactlyOnceAsACloudEvent() {
        String topic = "kit.outbox.commit." + UUID.randomUUID();
        String widget = UUID.randomUUID().toString();
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.add(event(topic, widget, "9434765919", 1)));

        ConsumerRecord<String, String> record = TestEvents.awaitRecord(topic,
                r -> widget.equals(CloudEventHeaders.value(r.headers(), CloudEventHeaders.SUBJECT)), Duration.ofSeconds(30));
        assertEquals("9434765919", record.key());
        assertEquals(id.toString(), CloudEventHeaders.value(record.headers(), CloudEventHeaders.ID));
        assertEquals("uk.nhs.icr.widget.changed.v1", CloudEventHeaders.value(record.headers(), CloudEventHeaders.TYPE));
        assertEquals("/icr/kit-test", CloudEventHeaders.value(record.headers(), CloudEventHeaders.SOURCE));
        assertEquals("1.0", CloudEventHeaders.value(record.headers(), CloudEventHeaders.SPEC_VERSION));
        assertEquals("application/json", CloudEventHeaders.value(record.headers(), CloudEventHeaders.CONTENT_TYPE));
        assertTrue(record.value().contains("\"n\":1"), record.value());

        List<ConsumerRecord<String, String>> all = TestEvents.readAll(topic, Duration.ofSeconds(3));
        assertEquals(1, all.size(), "published more than once");
        assertTrue(rows.isPublished(id));
    }

    @Test
    void aChangeThatRollsBackPublishesNothing() {
        String topic = "kit.outbox.rollback." + UUID.randomUUID();
        String rolledBack = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.add(event(topic, rolledBack, "9434765919", 1));
            throw new IllegalStateException("the change failed");
        }));
        assertEquals(0, rows.countFor(rolledBack));

        // A later committed event on the same topic: once it is out, anything before it would be too.
        String committed = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> outbox.add(event(topic, committed, "9434765919", 2)));
        TestEvents.awaitRecord(topic,
                r -> committed.equals(CloudEventHeaders.value(r.headers(), CloudEventHeaders.SUBJECT)), Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> all = TestEvents.readAll(topic, Duration.ofSeconds(2));
        assertEquals(1, all.size());
        assertEquals(committed, CloudEventHeaders.value(all.get(0).headers(), CloudEventHeaders.SUBJECT));
    }

    @Test
    void refusesAnEventOutsideATransaction() {
        assertThrows(IllegalStateException.class, () -> outbox.add(event("kit.none", "x", "9434765919", 0)));
    }

    @Test
    void exposesTheAgeOfTheOldestUnpublishedEvent() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("icr_outbox_oldest_unpublished_age_seconds"));
    }
}
