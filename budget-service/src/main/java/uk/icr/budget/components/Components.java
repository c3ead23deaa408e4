package uk.icr.budget.components;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import uk.icr.kit.problem.Problem.FieldError;
import uk.icr.kit.problem.ProblemException;

/** A budget's components as a whole: council figures that add up (Care Act s26), and their creation. */
public final class Components {

    public static final String FIGURES_DO_NOT_ADD_UP = "urn:icr:problem:council-figures-do-not-add-up";

    private Components() {
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
