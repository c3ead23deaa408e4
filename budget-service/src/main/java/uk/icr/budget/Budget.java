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

    /** The care plan whose closing suspended this budget; a plan that supersedes it reactivates the budget. */
    @Column(name = "suspended_for_care_plan")
    public UUID suspendedForCarePlan;

    @Column(name = "agreed_at")
    public OffsetDateTime agreedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;


    static Budget indicative(BudgetProposal proposal) {
        Budget budget = new Budget();
        budget.id = UUID.randomUUID();
        budget.nhsNumber = proposal.nhsNumber();
        budget.propose(proposal);
        budget.status = BudgetStatus.INDICATIVE;
        budget.createdAt = Timestamps.now();
        budget.updatedAt = budget.createdAt;
        return budget;
    }

    /** Takes the proposal's plan and period; the components are rows of their own. */
    void propose(BudgetProposal proposal) {
        carePlanId = proposal.carePlanId();
        periodStart = proposal.periodStart();
        periodEnd = proposal.periodEnd();
    }

    /** Marks a change and flushes, so a concurrent change that passed the same If-Match check fails here. */
    public void touch() {
        updatedAt = Timestamps.now();
        flush();
    }

    /** Money can move: the budget is agreed, and not suspended or closed. */
    public boolean spendable() {
        return status == BudgetStatus.AGREED || status == BudgetStatus.ACTIVE;
    }

    public List<BudgetComponent> components() {
        return BudgetComponent.list("budgetId = ?1 order by position", id);
    }
}
