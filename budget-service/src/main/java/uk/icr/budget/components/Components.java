package uk.icr.budget.components;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import uk.icr.kit.problem.Problem.FieldError;
import uk.icr.kit.problem.ProblemException;

/** A budget's components as a whole: council figures that add up (Care Act s26), and their creation. */
public final class Components {

    public static final String FIGURES_DO_NOT_ADD_UP = "urn:icr:problem:council-figures-do-not-add-up";
    /** Direct Payments Regulations 2014: a first review within 6 months. */
    static final int FIRST_REVIEW_MONTHS = 6;

    private Components() {
    }

    /**
     * 400 naming each component whose direct payment details are missing or out of place, or whose first
     * review is not within 6 months of the budget's start.
     */
    public static void checkDirectPayments(List<ComponentRequest> components, LocalDate periodStart) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            ComponentRequest c = components.get(i);
            String at = "components[" + i + "].directPayment";
            boolean direct = c.management() == Management.DIRECT_PAYMENT;
            if (direct && c.directPayment() == null) {
                errors.add(new FieldError(at, "a DIRECT_PAYMENT component states how the payment is made"));
            } else if (!direct && c.directPayment() != null) {
                errors.add(new FieldError(at, "only a DIRECT_PAYMENT component has direct payment details"));
            } else if (direct) {
                LocalDate first = c.directPayment().firstReviewDue();
                if (!first.isAfter(periodStart) || first.isAfter(periodStart.plusMonths(FIRST_REVIEW_MONTHS))) {
                    errors.add(new FieldError(at + ".firstReviewDue", "must be within " + FIRST_REVIEW_MONTHS
                            + " months of the budget's start (" + periodStart + " to "
                            + periodStart.plusMonths(FIRST_REVIEW_MONTHS) + ")"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** 422 naming each council component whose cost is not the person's contribution plus the council's share. */
    public static void checkCouncilFigures(List<ComponentRequest> components) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            ComponentRequest c = components.get(i);
            String at = "components[" + i + "]";
            if (c.source() != FundingSource.COUNCIL_SOCIAL_CARE) {
                continue;
            }
            if (c.costToCouncilPence() == null || c.assessedContributionPence() == null || c.councilSharePence() == null) {
                errors.add(new FieldError(at, "a council component states costToCouncilPence, assessedContributionPence"
                        + " and councilSharePence"));
            } else if (c.costToCouncilPence() != c.assessedContributionPence() + c.councilSharePence()) {
                errors.add(new FieldError(at + ".costToCouncilPence", "is " + c.costToCouncilPence() + " but the assessed"
                        + " contribution (" + c.assessedContributionPence() + ") plus the council's share ("
                        + c.councilSharePence() + ") is " + (c.assessedContributionPence() + c.councilSharePence())));
            } else if (!c.costToCouncilPence().equals(c.allocatedPence())) {
                errors.add(new FieldError(at + ".allocatedPence", "must equal the cost to the council ("
                        + c.costToCouncilPence() + "): the personal budget is what meeting the needs costs"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, FIGURES_DO_NOT_ADD_UP, "The council figures do not add up",
                    "Care Act s26: the cost to the council is the person's contribution plus the council's share.", errors);
        }
    }

    /** An indicative budget's components as proposed, in order. */
    public static List<ComponentRequest> proposed(List<BudgetComponent> components) {
        return components.stream().map(ComponentRequest::of).toList();
    }

    /** Replaces an indicative budget's components: they have no ledger entries yet, so nothing refers to them. */
    public static List<BudgetComponent> replace(UUID budgetId, List<ComponentRequest> requests) {
        BudgetComponent.delete("budgetId", budgetId);
        BudgetComponent.flush(); // the old positions must be gone before the new rows take them
        return create(budgetId, requests);
    }

    public static List<BudgetComponent> create(UUID budgetId, List<ComponentRequest> requests) {
        List<BudgetComponent> components = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            BudgetComponent component = BudgetComponent.of(budgetId, i, requests.get(i));
            component.persist();
            components.add(component);
        }
        return components;
    }
}
