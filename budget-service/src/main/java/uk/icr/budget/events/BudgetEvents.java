package uk.icr.budget.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.icr.budget.Budget;
import uk.icr.budget.components.BudgetComponent;
import uk.icr.budget.ledger.LedgerEntry;
import uk.icr.kit.events.DomainEvent;

/** What this service publishes on its topic: ids, codes, statuses and pence, never notes or suppliers. */
public final class BudgetEvents {

    public static final String TOPIC = "icr.budgets.v1";
    private static final String PREFIX = "uk.nhs.icr.budget.";
    public static final String PROPOSED = PREFIX + "proposed.v1";
    public static final String AGREED = PREFIX + "agreed.v1";
    public static final String ACTIVATED = PREFIX + "activated.v1";
    public static final String SUSPENDED = PREFIX + "suspended.v1";
    public static final String CLOSED = PREFIX + "closed.v1";
    public static final String ENTRY_RECORDED = PREFIX + "ledger-entry-recorded.v1";
    public static final String THRESHOLD_CROSSED = PREFIX + "threshold-crossed.v1";
    public static final String DIRECT_PAYMENT_REVIEW_DUE = PREFIX + "direct-payment-review-due.v1";

    private BudgetEvents() {
    }

    public static DomainEvent created(Budget budget) {
        return event(PROPOSED, budget, changed(budget));
    }

    public static DomainEvent agreed(Budget b, List<BudgetComponent> components) {
        return event(AGREED, b, new Agreed(b.id, b.nhsNumber, b.carePlanId, b.status.name(),
                components.stream().mapToLong(c -> c.allocatedPence).sum(),
                components.stream().map(c -> new Component(c.id, c.source.name(), c.management.name(), c.allocatedPence)).toList(),
                b.periodStart, b.periodEnd, b.version, link(b)));
    }

    public static DomainEvent activated(Budget budget) {
        return event(ACTIVATED, budget, changed(budget));
    }

    public static DomainEvent suspended(Budget budget) {
        return event(SUSPENDED, budget, changed(budget));
    }

    public static DomainEvent closed(Budget budget) {
        return event(CLOSED, budget, changed(budget));
    }

    public static DomainEvent entryRecorded(Budget b, BudgetComponent component, LedgerEntry e) {
        return event(ENTRY_RECORDED, b, new EntryRecorded(e.id, b.id, b.nhsNumber, component.id, component.source.name(),
                e.type.name(), e.amountPence, e.balanceAfterPence, e.occurredOn,
                e.category == null ? null : e.category.name(), link(b) + "/entries"));
    }

    /** {@code projected} only for a projected underspend. */
    public static DomainEvent thresholdCrossed(Budget b, BudgetComponent component, String threshold, long spent,
            long allocated, Long projected) {
        return event(THRESHOLD_CROSSED, b, new ThresholdCrossed(b.id, b.nhsNumber, component.id, component.source.name(),
                threshold, spent, allocated, projected, link(b) + "/balance"));
    }

    public static DomainEvent directPaymentReviewDue(Budget b, BudgetComponent component) {
        return event(DIRECT_PAYMENT_REVIEW_DUE, b, new DirectPaymentReviewDue(b.id, b.nhsNumber, component.id,
                component.source.name(), component.directPaymentReviewDue, link(b)));
    }

    private static BudgetChanged changed(Budget b) {
        return new BudgetChanged(b.id, b.nhsNumber, b.carePlanId, b.status.name(), b.version, link(b));
    }

    private static DomainEvent event(String type, Budget budget, Object data) {
        return new DomainEvent(TOPIC, "budget", budget.id.toString(), type, budget.nhsNumber, data);
    }

    private static String link(Budget budget) {
        return "/api/v1/budgets/" + budget.id;
    }

    /** Proposed, activated, suspended, closed: where the budget now stands. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BudgetChanged(UUID budgetId, String nhsNumber, UUID carePlanId, String status, long version, String link) {
    }

    /** Agreed: the money per source and how it is managed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Agreed(UUID budgetId, String nhsNumber, UUID carePlanId, String status, long totalPence,
            List<Component> components, LocalDate periodStart, LocalDate periodEnd, long version, String link) {
    }

    public record Component(UUID componentId, String source, String management, long allocatedPence) {
    }

    /** A component's spend crossed a threshold of its allocation, or is projected to fall short of it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ThresholdCrossed(UUID budgetId, String nhsNumber, UUID componentId, String source, String threshold,
            long spentPence, long allocatedPence, Long projectedSpendPence, String link) {
    }

    /** A direct payment's review falls due. */
    public record DirectPaymentReviewDue(UUID budgetId, String nhsNumber, UUID componentId, String source,
            LocalDate reviewDue, String link) {
    }

    /** A ledger entry: signed amount and the component's balance after it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntryRecorded(UUID entryId, UUID budgetId, String nhsNumber, UUID componentId, String source, String type,
            long amountPence, long balanceAfterPence, LocalDate occurredOn, String category, String link) {
    }
}
