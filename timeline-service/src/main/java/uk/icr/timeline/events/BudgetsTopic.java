package uk.icr.timeline.events;

import jakarta.enterprise.context.ApplicationScoped;

/** The budget-service's events, onto the timeline. */
@ApplicationScoped
public class BudgetsTopic extends TopicRecorder {

    @Override
    public String topic() {
        return "icr.budgets.v1";
    }
}
