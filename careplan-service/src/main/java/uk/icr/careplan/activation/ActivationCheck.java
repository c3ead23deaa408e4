package uk.icr.careplan.activation;

import java.util.ArrayList;
import java.util.List;

import uk.icr.careplan.CarePlan;
import uk.icr.careplan.plan.Goal;
import uk.icr.careplan.plan.Need;
import uk.icr.kit.problem.Problem.FieldError;

/**
 * What a plan must have before it is in force (Care Act s25, PRSB PCSP): someone to call, something to
 * do, what happens when things go wrong, the person's say-so, and money for what the council or a
 * personal health budget pays for. Lists every gap at once.
 */
public final class ActivationCheck {

    private ActivationCheck() {
    }

    public static List<FieldError> gaps(CarePlan plan) {
        List<FieldError> gaps = new ArrayList<>();
        if (plan.coordinator == null) {
            gaps.add(new FieldError("coordinator", "a care coordinator is needed: the person's single point of contact"));
        }
        if (plan.goals.stream().map(Goal::actions).allMatch(List::isEmpty)) {
            gaps.add(new FieldError("goals", "at least one goal with an action is needed"));
        }
        if (plan.contingencyPlans.isEmpty()) {
            gaps.add(new FieldError("contingencyPlans", "at least one contingency plan is needed"));
        }
        if (plan.agreement == null) {
            gaps.add(new FieldError("agreement", "the person's (or their representative's) agreement is needed"));
        }
        boolean needsBudget = plan.needs.stream().anyMatch(Need::needsBudget);
        if (needsBudget && (plan.budget == null || !plan.budget.agreed())) {
            gaps.add(new FieldError("budget", "a need is met by the council or through a personal health budget, so an"
                    + " agreed personal budget must be linked first"));
        }
        if (plan.periodStart == null) {
            gaps.add(new FieldError("periodStart", "the plan's start date is needed"));
        }
        return gaps;
    }
}
