package uk.icr.kit.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
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
import uk.icr.stack.test.TestKafka;

/** With the broker down, writes still succeed; once it is back every event goes out, in order per person. */
@QuarkusTest
class OutboxOutageTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRows rows;

    @Test
    void eventsWrittenDuringAnOutageArePublishedInOrderWhenTheBrokerReturns() {
        String topic = "kit.outbox.outage." + UUID.randomUUID();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> people = List.of("9434765919", "9990000018");
        TestKafka.stop();
        try {
            for (int n = 0; n < 10; n++) {
                String person = people.get(n % 2);
                String widget = run + "-" + n;
                int seq = n;
                QuarkusTransaction.requiringNew().run(() -> outbox.add(new DomainEvent(topic, "widget", widget,
                        "uk.nhs.icr.widget.changed.v1", person, Map.of("n", seq))));
            }
            assertEquals(10, rows.unpublishedFor(run), "all ten writes committed while the broker was down");
        } finally {
            TestKafka.restart();
        }

        TestEvents.awaitRecord(topic, r -> (run + "-9").equals(CloudEventHeaders.value(r.headers(), CloudEventHeaders.SUBJECT)),
                Duration.ofSeconds(60));
        List<ConsumerRecord<String, String>> all = TestEvents.readAll(topic, Duration.ofSeconds(2));
        for (String person : people) {
            List<Integer> order = new ArrayList<>();
            for (ConsumerRecord<String, String> record : all) {
                if (person.equals(record.key())) {
                    order.add(Integer.parseInt(record.value().replaceAll("\\D", "")));
                }
            }
            List<Integer> expected = person.equals(people.get(0)) ? List.of(0, 2, 4, 6, 8) : List.of(1, 3, 5, 7, 9);
            assertEquals(expected, order.stream().distinct().toList(), "order for " + person);
            assertTrue(order.size() >= 5);
        }
        assertEquals(0, rows.unpublishedFor(run));
    }
}
