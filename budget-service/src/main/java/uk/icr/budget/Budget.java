package uk.icr.budget;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.icr.kit.time.Timestamps;
import uk.icr.budget.components.BudgetComponent;

/** One person's integrated personal budget; its money is in its components and their ledger. */
@Entity
@Table(name = "budget")
public class Budget extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "nhs_number", nullable = false, length = 10, updatable = false)
    public String nhsNumber;

    @Column(name = "care_plan_id")
    public UUID carePlanId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BudgetStatus status;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "agreed_at")
    public OffsetDateTime agreedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;


    static Budget indicative(String nhsNumber, UUID carePlanId, LocalDate periodStart, LocalDate periodEnd) {
        Budget budget = new Budget();
        budget.id = UUID.randomUUID();
        budget.nhsNumber = nhsNumber;
        budget.carePlanId = carePlanId;
        budget.periodStart = periodStart;
        budget.periodEnd = periodEnd;
        budget.status = BudgetStatus.INDICATIVE;
        budget.createdAt = Timestamps.now();
        budget.updatedAt = budget.createdAt;
        return budget;
    }

    public List<BudgetComponent> components() {
        return BudgetComponent.list("budgetId = ?1 order by position", id);
    }
}
