package uk.icr.carer.assessments;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.icr.carer.eligibility.CarerDetermination;
import uk.icr.carer.eligibility.CarerFindings;
import uk.icr.kit.time.Timestamps;

/** A carer's assessment (Care Act s10): offered, in progress, completed with its reg 3 decision, or declined. */
@Entity
@Table(name = "carer_assessment")
public class CarerAssessment extends PanacheEntityBase {

    @Schema(name = "CarerAssessmentStatus")
    public enum Status { OFFERED, IN_PROGRESS, COMPLETED, DECLINED }

    @Id
    public UUID id;

    @Column(name = "carer_id", nullable = false, updatable = false)
    public UUID carerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @JdbcTypeCode(SqlTypes.JSON)
    public CarerFindings findings;

    @JdbcTypeCode(SqlTypes.JSON)
    public CarerDetermination determination;

    public Boolean eligible;

    @Column(name = "offered_at", nullable = false, updatable = false)
    public OffsetDateTime offeredAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "completed_by")
    public String completedBy;

    @Version
    public long version;

    static CarerAssessment offered(UUID carerId) {
        CarerAssessment assessment = new CarerAssessment();
        assessment.id = UUID.randomUUID();
        assessment.carerId = carerId;
        assessment.status = Status.OFFERED;
        assessment.offeredAt = Timestamps.now();
        return assessment;
    }

    public boolean open() {
        return status == Status.OFFERED || status == Status.IN_PROGRESS;
    }
}
