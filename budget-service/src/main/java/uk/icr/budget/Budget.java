package uk.icr.budget;

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

/** One person's budget. The walking skeleton keeps only what identifies it. */
@Entity
@Table(name = "budget")
public class Budget extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "nhs_number", nullable = false, length = 10)
    public String nhsNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BudgetStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public static Budget indicative(String nhsNumber) {
        Budget budget = new Budget();
        budget.id = UUID.randomUUID();
        budget.nhsNumber = nhsNumber;
        budget.status = BudgetStatus.INDICATIVE;
        budget.createdAt = OffsetDateTime.now();
        return budget;
    }
}
