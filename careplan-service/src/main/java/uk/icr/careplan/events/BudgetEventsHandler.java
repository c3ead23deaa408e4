package uk.icr.careplan.events;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.icr.careplan.CarePlanService;
import uk.icr.careplan.plan.BudgetSummary;
import uk.icr.kit.inbox.EventHandler;
import uk.icr.kit.inbox.IncomingEvent;

/**
 * Keeps the plan's budget summary as the budget-service announces it: agreed, active, suspended, closed.
 * An agreed budget is what lets a plan whose needs the council or a personal health budget pays for be
 * activated. The kit's inbox makes a redelivered event change nothing.
 */
@ApplicationScoped
public class BudgetEventsHandler implements EventHandler {

    private static final String PREFIX = "uk.nhs.icr.budget.";
    static final Set<String> STATUS_CHANGES = Set.of(PREFIX + "agreed.v1", PREFIX + "activated.v1",
            PREFIX + "suspended.v1", PREFIX + "closed.v1");

    @Inject
    CarePlanService plans;

    /**
     * This service's own copy of what it reads from a budget's status change. {@code carePlanId} and the
     * amounts are optional: without a plan id the budget belongs to the person's current plan.
     */
    record BudgetAnnounced(UUID budgetId, String nhsNumber, UUID carePlanId, String status, Long totalPence,
            List<BudgetSummary.Component> components) {
    }

    @Override
    public String topic() {
        return "icr.budgets.v1";
    }

    @Override
    public void handle(IncomingEvent event) {
        if (!STATUS_CHANGES.contains(event.type())) {
            return;
        }
        BudgetAnnounced budget = event.data(BudgetAnnounced.class);
        plans.budgetChanged(budget.nhsNumber(), budget.carePlanId(), new BudgetSummary(budget.budgetId(), budget.status(),
                budget.totalPence(), budget.components() == null ? List.of() : List.copyOf(budget.components())));
    }
}
