package uk.icr.stack.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker is real: a record goes through it, and stopping it leaves no process and no files. */
class KafkaBrokerTest {

    @Test
    void carriesARecordFromProducerToConsumerAndCleansUpOnClose(@TempDir Path logs) throws Exception {
        KafkaBroker broker = KafkaBroker.start(logs.resolve("kafka.log"));
        ProcessHandle process = broker.processHandle();
        Path workDir = broker.workDir();
        try {
            assertTrue(Files.isDirectory(workDir));
            Map<String, Object> common = Map.of("bootstrap.servers", broker.bootstrapServers());
            try (var producer = new KafkaProducer<>(common, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("local-stack-test", "9434765919", "hello")).get();
            }
            Map<String, Object> consumerConfig = Map.of("bootstrap.servers", broker.bootstrapServers(),
                    "group.id", "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
            try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("local-stack-test"));
                ConsumerRecords<String, String> records = ConsumerRecords.empty();
                for (int i = 0; i < 60 && records.isEmpty(); i++) {
                    records = consumer.poll(Duration.ofMillis(500));
                }
                assertEquals(1, records.count());
                var record = records.iterator().next();
                assertEquals("9434765919", record.key());
                assertEquals("hello", record.value());
            }
        } finally {
            broker.close();
        }
        assertFalse(process.isAlive(), "the broker's JVM is still running");
        assertFalse(Files.exists(workDir), "the broker's work dir was left behind");
    }
}
