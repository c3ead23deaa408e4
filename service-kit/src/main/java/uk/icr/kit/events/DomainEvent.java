package uk.icr.kit.events;

import java.util.Objects;

/**
 * One domain event, as a service hands it to the outbox; the relay turns it into a CloudEvents 1.0
 * Kafka record.
 *
 * @param topic         the publishing service's topic, e.g. {@code icr.assessments.v1}
 * @param aggregateType what kind of resource changed, e.g. {@code assessment}
 * @param aggregateId   which one: its id, sent as the CloudEvents subject
 * @param type          the CloudEvents type, a stable string such as {@code uk.nhs.icr.assessment.created.v1}
 * @param key           the record key: the person's NHS number, so one person's events stay in order
 * @param data          the payload, serialised as JSON: identifiers, codes, statuses and amounts, never notes
 */
public record DomainEvent(String topic, String aggregateType, String aggregateId, String type, String key, Object data) {

    public DomainEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(data, "data");
    }
}
