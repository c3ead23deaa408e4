package uk.icr.budget.events;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.icr.budget.BudgetService;
import uk.icr.kit.inbox.EventHandler;
import uk.icr.kit.inbox.IncomingEvent;

/**
 * A budget follows its care plan: activated, the agreed budget becomes ACTIVE; closed or entered in error,
 * it is SUSPENDED until a budget manager resumes it. A plan that supersedes another takes over its budgets.
 * The kit's inbox makes a redelivered event change nothing.
 */
@ApplicationScoped
public class CarePlanEventsHandler implements EventHandler {

    private static final String PREFIX = "uk.nhs.icr.care-plan.";
    static final String ACTIVATED = PREFIX + "activated.v1";
    static final Set<String> ENDED = Set.of(PREFIX + "closed.v1", PREFIX + "entered-in-error.v1");

    @Inject
    BudgetService budgets;

    /** This service's own copy of what it reads from a care plan event. */
    record CarePlanAnnounced(UUID carePlanId, String nhsNumber, UUID supersededCarePlanId) {
    }

    @Override
    public String topic() {
        return "icr.care-plans.v1";
    }

    @Override
    public void handle(IncomingEvent event) {
        if (ACTIVATED.equals(event.type())) {
            CarePlanAnnounced plan = event.data(CarePlanAnnounced.class);
            budgets.carePlanActivated(plan.nhsNumber(), plan.carePlanId(), plan.supersededCarePlanId());
        } else if (ENDED.contains(event.type())) {
            CarePlanAnnounced plan = event.data(CarePlanAnnounced.class);
            budgets.carePlanEnded(plan.nhsNumber(), plan.carePlanId());
        }
    }
}
