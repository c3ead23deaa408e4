package uk.icr.budget.directpayments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;
import uk.icr.budget.Budget;
import uk.icr.budget.BudgetStatus;
import uk.icr.budget.components.BudgetComponent;
import uk.icr.budget.events.BudgetEvents;
import uk.icr.kit.outbox.Outbox;

/**
 * Announces {@code DirectPaymentReviewDue} once for each due date of a direct payment in a budget that is
 * not closed. The announcement is claimed by a conditional update in the event's transaction, so restarts
 * and replicas never announce one due date twice.
 */
@ApplicationScoped
public class DirectPaymentReviewJob {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "icr.db.schema")
    String schema;

    @Scheduled(every = "${icr.budget.review-check-interval:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        announce(LocalDate.now(clock));
    }

    /** Publishes the reviews due on or before {@code today} not yet announced; returns how many. */
    @Transactional
    public int announce(LocalDate today) {
        List<BudgetComponent> due = BudgetComponent.list("directPaymentReviewDue <= ?1", today);
        int announced = 0;
        for (BudgetComponent component : due) {
            Budget budget = Budget.findById(component.budgetId);
            if (budget.status != BudgetStatus.CLOSED && claim(component.id)) {
                outbox.add(BudgetEvents.directPaymentReviewDue(budget, component));
                announced++;
            }
        }
        return announced;
    }

    private boolean claim(UUID componentId) {
        return BudgetComponent.getEntityManager().createNativeQuery("update " + schema + ".budget_component"
                + " set dp_review_due_published = dp_next_review_due where id = ?1"
                + " and dp_review_due_published is distinct from dp_next_review_due")
                .setParameter(1, componentId).executeUpdate() == 1;
    }
}
