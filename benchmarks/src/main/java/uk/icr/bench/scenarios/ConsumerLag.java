package uk.icr.bench.scenarios;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** How far a service's consumer group is behind on a topic: events published and not yet handled. */
final class ConsumerLag {

    private ConsumerLag() {
    }

    /** Waits (up to {@code limit}) until {@code group} has caught up on {@code topic}; returns the wait. */
    static Duration awaitCaughtUp(String bootstrap, String group, String topic, Duration limit)
            throws InterruptedException, ExecutionException {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        long start = System.nanoTime();
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() - start < limit.toNanos()) {
                if (lag(admin, group, topic) == 0) {
                    break;
                }
                Thread.sleep(500);
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static long lag(Admin admin, String group, String topic) throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> ends = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get()
                .get(topic).partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        long lag = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : admin.listOffsets(ends).all().get()
                .entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue().offset() - (done == null ? 0 : done.offset());
        }
        return lag;
    }
}
