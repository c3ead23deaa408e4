package uk.icr.kit.events;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** The CloudEvents 1.0 Kafka protocol binding, binary mode: the attributes travel as {@code ce_} headers. */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    /**
     * @param id      the event's id; the outbox row id, so a re-sent event keeps it and consumers can
     *                recognise the duplicate
     * @param source  the publishing service, e.g. {@code /icr/assessment-service}
     */
    public static Headers of(String id, String source, String type, String subject, OffsetDateTime time) {
        Headers headers = new RecordHeaders();
        put(headers, ID, id);
        put(headers, SOURCE, source);
        put(headers, TYPE, type);
        put(headers, SPEC_VERSION, "1.0");
        put(headers, TIME, time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        put(headers, SUBJECT, subject);
        put(headers, CONTENT_TYPE, "application/json");
        return headers;
    }

    /** The value of a header as text, or null when the record lacks it. */
    public static String value(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
