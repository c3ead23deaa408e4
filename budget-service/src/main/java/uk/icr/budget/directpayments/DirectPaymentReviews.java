package uk.icr.budget.directpayments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import uk.icr.budget.Budget;
import uk.icr.budget.BudgetService;
import uk.icr.budget.BudgetStatus;
import uk.icr.budget.components.BudgetComponent;
import uk.icr.budget.components.Management;
import uk.icr.kit.audit.AuditTrail;
import uk.icr.kit.problem.Problem;
import uk.icr.kit.problem.ProblemException;

/** Recording a direct payment's review, which sets when the next one is due (at most 12 months on). */
@ApplicationScoped
public class DirectPaymentReviews {

    public static final String NOT_A_DIRECT_PAYMENT = "urn:icr:problem:not-a-direct-payment";
    static final int NEXT_REVIEW_MONTHS = 12;

    @Inject
    BudgetService budgets;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @Transactional
    public Budget record(UUID budgetId, long expectedVersion, UUID componentId, ReviewRequest review) {
        Budget budget = budgets.require(budgetId, expectedVersion);
        BudgetComponent component = BudgetComponent.<BudgetComponent>findByIdOptional(componentId)
                .filter(c -> c.budgetId.equals(budget.id))
                .orElseThrow(() -> new NotFoundException("Budget " + budgetId + " has no component " + componentId + "."));
        if (component.management != Management.DIRECT_PAYMENT) {
            throw new ProblemException(409, NOT_A_DIRECT_PAYMENT, "Not a direct payment", "The " + component.source
                    + " component is managed as " + component.management + ": only a direct payment is reviewed here.");
        }
        if (budget.status == BudgetStatus.INDICATIVE || budget.status == BudgetStatus.CLOSED) {
            throw ProblemException.illegalTransition("A direct payment is reviewed while its budget is agreed; this one is "
                    + budget.status + ".");
        }
        check(review, component.directPaymentLastReviewed, LocalDate.now(clock));
        component.directPaymentLastReviewed = review.reviewedOn();
        component.directPaymentReviewDue = review.nextReviewDue();
        budget.touch();
        // No event: DirectPaymentReviewDue is announced again when the new date comes.
        auditTrail.recordWrite(budget.nhsNumber);
        return budget;
    }

    /** 400 naming each date out of place: a review in the future or before the last, a next review not within 12 months. */
    static void check(ReviewRequest review, LocalDate lastReviewed, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (review.reviewedOn().isAfter(today)) {
            errors.add(new Problem.FieldError("reviewedOn", "is in the future: record a review once it has taken place"));
        } else if (lastReviewed != null && review.reviewedOn().isBefore(lastReviewed)) {
            errors.add(new Problem.FieldError("reviewedOn", "is before the last review (" + lastReviewed + ")"));
        }
        LocalDate latest = review.reviewedOn().plusMonths(NEXT_REVIEW_MONTHS);
        if (!review.nextReviewDue().isAfter(review.reviewedOn()) || review.nextReviewDue().isAfter(latest)) {
            errors.add(new Problem.FieldError("nextReviewDue", "must be after the review and at most " + NEXT_REVIEW_MONTHS
                    + " months later (by " + latest + ")"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
