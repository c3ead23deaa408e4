package uk.icr.budget.events;

import java.util.UUID;

import uk.icr.kit.events.DomainEvent;
import uk.icr.budget.Budget;

/** What this service publishes on its topic. */
public final class BudgetEvents {

    public static final String TOPIC = "icr.budgets.v1";
    public static final String CREATED = "uk.nhs.icr.budget.created.v1";
    public static final String AGREED = "uk.nhs.icr.budget.agreed.v1";

    private BudgetEvents() {
    }

    public static DomainEvent created(Budget budget) {
        return event(CREATED, budget);
    }

    public static DomainEvent agreed(Budget budget) {
        return event(AGREED, budget);
    }

    private static DomainEvent event(String type, Budget budget) {
        return new DomainEvent(TOPIC, "budget", budget.id.toString(), type, budget.nhsNumber,
                new BudgetChanged(budget.id, budget.nhsNumber, budget.status.name(), budget.version,
                        "/api/v1/budgets/" + budget.id));
    }

    /** The payload of every event here: where the budget now stands. */
    public record BudgetChanged(UUID budgetId, String nhsNumber, String status, long version, String link) {
    }
}
