package uk.icr.budget.components;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One funding source of a budget. Its balance and spend are caches of the ledger that only the ledger's
 * conditional updates change (never this entity), so the money path has one writer.
 */
@Entity
@Table(name = "budget_component")
public class BudgetComponent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "budget_id", nullable = false, updatable = false)
    public UUID budgetId;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FundingSource source;

    @Column(nullable = false)
    public String funder;

    @Column(name = "allocated_pence", nullable = false)
    public long allocatedPence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Management management;

    @Column(name = "cost_to_council_pence")
    public Long costToCouncilPence;

    @Column(name = "assessed_contribution_pence")
    public Long assessedContributionPence;

    @Column(name = "council_share_pence")
    public Long councilSharePence;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "direct_payment")
    public DirectPayment directPayment;

    @Column(name = "dp_next_review_due")
    public LocalDate directPaymentReviewDue;

    @Column(name = "dp_last_reviewed")
    public LocalDate directPaymentLastReviewed;

    /** The due date the review was announced for; only the review job's conditional update writes it. */
    @Column(name = "dp_review_due_published", insertable = false, updatable = false)
    public LocalDate directPaymentReviewPublished;

    @Column(name = "balance_pence", nullable = false, insertable = false, updatable = false)
    public long balancePence;

    @Column(name = "spent_pence", nullable = false, insertable = false, updatable = false)
    public long spentPence;

    static BudgetComponent of(UUID budgetId, int position, ComponentRequest request) {
        BudgetComponent component = new BudgetComponent();
        component.id = UUID.randomUUID();
        component.budgetId = budgetId;
        component.position = position;
        component.source = request.source();
        component.funder = request.funder();
        component.allocatedPence = request.allocatedPence();
        component.management = request.management();
        component.costToCouncilPence = request.costToCouncilPence();
        component.assessedContributionPence = request.assessedContributionPence();
        component.councilSharePence = request.councilSharePence();
        component.directPayment = request.directPayment();
        component.directPaymentReviewDue = request.directPayment() == null ? null : request.directPayment().firstReviewDue();
        return component;
    }
}
