package uk.icr.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.icr.kit.time.Timestamps;
import uk.icr.assessment.eligibility.Eligibility;
import uk.icr.assessment.eligibility.OutcomeFinding;
import uk.icr.assessment.eligibility.WellbeingFinding;

/**
 * One person's assessment: the columns lists filter on, and the findings as JSON (see V2__assessment_record.sql).
 * The findings are immutable records, replaced whole, so Hibernate sees every change.
 */
@Entity
public class Assessment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "nhs_number", nullable = false, length = 10, updatable = false)
    public String nhsNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentStatus status;

    @Enumerated(EnumType.STRING)
    public AssessmentMethod method;

    @Enumerated(EnumType.STRING)
    @Column(name = "primary_support_reason")
    public PrimarySupportReason primarySupportReason;

    @Column(name = "planned_date")
    public LocalDate plannedDate;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "completed_date")
    public LocalDate completedDate;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    /** Why it was cancelled or marked entered in error. */
    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "what_matters_to_me")
    public String whatMattersToMe;

    @Column(name = "impairment_or_illness")
    public Boolean impairmentOrIllness;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Contributor> contributors = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<OutcomeFinding> outcomes = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<WellbeingFinding> wellbeing = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "health_needs", nullable = false)
    public List<HealthNeed> healthNeeds = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<NamedCarer> carers = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    public Eligibility eligibility;

    /** The decision that stands, as a column for reporting; always {@code eligibility.eligible()}. */
    public Boolean eligible;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;


    static Assessment plan(AssessmentDetails details) {
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.nhsNumber = details.nhsNumber();
        assessment.status = AssessmentStatus.PLANNED;
        assessment.createdAt = Timestamps.now();
        assessment.record(details);
        return assessment;
    }

    /** What an assessor has recorded, as the editable document. */
    public AssessmentDetails details() {
        return new AssessmentDetails(nhsNumber, type, method, primarySupportReason, plannedDate, whatMattersToMe,
                impairmentOrIllness, contributors, outcomes, wellbeing, healthNeeds, carers);
    }

    /** Takes on a new version of the editable document (already validated). */
    void record(AssessmentDetails details) {
        type = details.type();
        method = details.method();
        primarySupportReason = details.primarySupportReason();
        plannedDate = details.plannedDate();
        whatMattersToMe = details.whatMattersToMe();
        impairmentOrIllness = details.impairmentOrIllness();
        contributors = details.contributors();
        outcomes = details.outcomes();
        wellbeing = details.wellbeing();
        healthNeeds = details.healthNeeds();
        carers = details.carers();
        updatedAt = Timestamps.now();
    }

    /** Whether assessors may still change it: a completed assessment is read-only. */
    public boolean open() {
        return status == AssessmentStatus.PLANNED || status == AssessmentStatus.IN_PROGRESS;
    }
}
