package uk.icr.budget.events;

import java.util.UUID;

import uk.icr.kit.events.DomainEvent;
import uk.icr.budget.Budget;

/** What this service publishes on its topic. */
public final class BudgetEvents {

    public static final String TOPIC = "icr.budgets.v1";
    public static final String CREATED = "uk.nhs.icr.budget.created.v1";

    private BudgetEvents() {
    }

    public static DomainEvent created(Budget budget) {
        return new DomainEvent(TOPIC, "budget", budget.id.toString(), CREATED, budget.nhsNumber,
                new BudgetCreated(budget.id, budget.nhsNumber, budget.status.name(), budget.version,
                        "/api/v1/budgets/" + budget.id));
    }

    /** The payload of {@link #CREATED}. */
    public record BudgetCreated(UUID budgetId, String nhsNumber, String status, long version, String link) {
    }
}
