package uk.icr.kit.inbox;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * A CloudEvent as a consumer receives it. Its data is read into the consumer's own copy of the payload
 * type (DESIGN.md section 5), tolerating fields it does not know: producers may add fields. Its time is
 * when it happened (the CloudEvent's time, or else when the broker received it).
 */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time, String key,
        String topic, String payload, ObjectMapper json) {

    public <T> T data(Class<T> type) {
        ObjectReader reader = json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return reader.readValue(payload);
        } catch (Exception e) {
            throw new PoisonEventException("The data of event " + id + " is not a " + type.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
    }
}
