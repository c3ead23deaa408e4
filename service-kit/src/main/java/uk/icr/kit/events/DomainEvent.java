package uk.icr.kit.events;

import java.util.Objects;

/**
 * One domain event, before it becomes a CloudEvents 1.0 Kafka record.
 *
 * @param topic   the publishing service's topic, e.g. {@code icr.assessments.v1}
 * @param type    the CloudEvents type, e.g. {@code uk.nhs.icr.assessment.created.v1}
 * @param subject the resource the event is about (its id), the CloudEvents subject
 * @param key     the record key: the person's NHS number, so one person's events stay in order
 * @param data    the payload, serialised as JSON: identifiers, codes, statuses and amounts, never notes
 */
public record DomainEvent(String topic, String type, String subject, String key, Object data) {

    public DomainEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(data, "data");
    }
}
