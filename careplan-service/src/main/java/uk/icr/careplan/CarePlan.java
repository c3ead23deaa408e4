package uk.icr.careplan;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One person's care plan. The walking skeleton keeps only what identifies it. */
@Entity
@Table(name = "care_plan")
public class CarePlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "nhs_number", nullable = false, length = 10)
    public String nhsNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CarePlanStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public static CarePlan draft(String nhsNumber) {
        CarePlan carePlan = new CarePlan();
        carePlan.id = UUID.randomUUID();
        carePlan.nhsNumber = nhsNumber;
        carePlan.status = CarePlanStatus.DRAFT;
        carePlan.createdAt = OffsetDateTime.now();
        return carePlan;
    }
}
