package uk.icr.timeline;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.icr.kit.api.Cursor;

/** One event about a person, as its service published it. Entries are only ever added. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public String eventId;

    @Column(name = "nhs_number", nullable = false, updatable = false)
    public String nhsNumber;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(nullable = false, updatable = false)
    public String type;

    @Column(updatable = false)
    public String source;

    @Column(updatable = false)
    public String subject;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public JsonNode data;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    /** A person's entries in the order they happened, after {@code after}. */
    public static List<TimelineEntry> of(String nhsNumber, Cursor after, int limit) {
        Map<String, Object> parameters = after.parameters();
        parameters.put("nhsNumber", nhsNumber);
        return TimelineEntry.<TimelineEntry>find("nhsNumber = :nhsNumber and " + Cursor.after("occurredAt")
                + Cursor.order("occurredAt"), parameters).range(0, limit).list();
    }
}
