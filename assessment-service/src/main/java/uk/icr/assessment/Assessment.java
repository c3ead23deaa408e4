package uk.icr.assessment;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One person's assessment. The walking skeleton keeps only what identifies it. */
@Entity
public class Assessment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "nhs_number", nullable = false, length = 10)
    public String nhsNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public static Assessment plan(String nhsNumber, AssessmentType type) {
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.nhsNumber = nhsNumber;
        assessment.type = type;
        assessment.status = AssessmentStatus.PLANNED;
        assessment.createdAt = OffsetDateTime.now();
        return assessment;
    }
}
