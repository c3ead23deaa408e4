package uk.icr.budget.ledger;

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
 * Announces {@code BudgetThresholdCrossed} ({@value Thresholds#PROJECTED_UNDERSPEND}) once per crossing: when
 * a component's spend, carried on pro rata, would leave more than 25 % of its allocation unspent at the
 * period's end. The announcement is claimed by a conditional update in the event's transaction, and
 * released when the projection recovers, so the next crossing is announced again.
 */
@ApplicationScoped
public class UnderspendJob {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "icr.db.schema")
    String schema;

    /** A projection from the first weeks of a period says little; none is made before this many days. */
    @ConfigProperty(name = "icr.budget.underspend-grace-days", defaultValue = "28")
    int graceDays;

    @Scheduled(every = "${icr.budget.underspend-check-interval:6h}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        announce(LocalDate.now(clock));
    }

    /** Publishes the underspends projected on {@code today} not yet announced; returns how many. */
    @Transactional
    public int announce(LocalDate today) {
        int announced = 0;
        for (Budget budget : Budget.<Budget>list("status in ?1 and periodEnd is not null and periodStart <= ?2"
                + " and periodEnd >= ?3", List.of(BudgetStatus.AGREED, BudgetStatus.ACTIVE), today.minusDays(graceDays),
                today)) {
            for (BudgetComponent component : budget.components()) {
                Long projected = Projection.spend(component.spentPence, budget.periodStart, budget.periodEnd, today);
                boolean underspends = Projection.underspends(projected, component.allocatedPence);
                if (claim(component.id, underspends) && underspends) {
                    outbox.add(BudgetEvents.thresholdCrossed(budget, component, Thresholds.PROJECTED_UNDERSPEND,
                            component.spentPence, component.allocatedPence, projected));
                    announced++;
                }
            }
        }
        return announced;
    }

    /** Sets the component's flag to {@code underspends}; true only if that changed it. */
    private boolean claim(UUID componentId, boolean underspends) {
        return BudgetComponent.getEntityManager().createNativeQuery("update " + schema + ".budget_component"
                + " set underspend_announced = ?1 where id = ?2 and underspend_announced <> ?1")
                .setParameter(1, underspends).setParameter(2, componentId).executeUpdate() == 1;
    }
}
