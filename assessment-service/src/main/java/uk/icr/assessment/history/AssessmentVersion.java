package uk.icr.assessment.history;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of an assessment as the API showed it, with who made the change. Append-only. */
@Entity
@Table(name = "assessment_version")
@IdClass(AssessmentVersion.Key.class)
@Immutable
public class AssessmentVersion extends PanacheEntityBase {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Id
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Change action;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    public String organisation;

    /** Kept as a tree, not as today's DTO, so old versions stay readable when the API gains fields. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode snapshot;

    public static List<AssessmentVersion> of(UUID assessmentId) {
        return find("assessmentId = ?1 order by version", assessmentId).list();
    }

    /** The composite key: an assessment's id and version. */
    public record Key(UUID assessmentId, long version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
