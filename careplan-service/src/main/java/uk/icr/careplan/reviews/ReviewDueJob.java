package uk.icr.careplan.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import uk.icr.careplan.CarePlan;
import uk.icr.careplan.CarePlanStatus;
import uk.icr.careplan.events.CarePlanEvents;
import uk.icr.kit.outbox.Outbox;

/**
 * Announces reviews: {@code CarePlanReviewDue} once when a plan's review falls due, and
 * {@code CarePlanReviewOverdue} once when the day passes without one. "Once" holds across restarts and
 * replicas: each announcement is claimed by a conditional update of the plan's row in the same transaction
 * as its outbox event, so only one claim can succeed per due date. The claim does not change the plan's
 * version: nothing a reader sees has changed.
 */
@ApplicationScoped
public class ReviewDueJob {

    private static final Logger LOG = Logger.getLogger(ReviewDueJob.class);

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Scheduled(every = "${icr.care-plan.review-check-interval:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        announce(LocalDate.now(clock));
    }

    /** Publishes what falls due or is overdue on {@code today}; returns how many announcements it made. */
    @Transactional
    public int announce(LocalDate today) {
        int announced = 0;
        List<CarePlan> due = CarePlan.find("status in ?2 and nextReviewDue <= ?1"
                + " and (reviewDuePublished is null or reviewDuePublished <> nextReviewDue"
                + " or (nextReviewDue < ?1 and (reviewOverduePublished is null or reviewOverduePublished <> nextReviewDue)))",
                today, List.of(CarePlanStatus.ACTIVE, CarePlanStatus.UNDER_REVIEW)).list();
        for (CarePlan plan : due) {
            if (claim(plan.id, "reviewDuePublished")) {
                outbox.add(CarePlanEvents.reviewDue(plan, false));
                announced++;
            }
            if (plan.nextReviewDue.isBefore(today) && claim(plan.id, "reviewOverduePublished")) {
                outbox.add(CarePlanEvents.reviewDue(plan, true));
                announced++;
            }
        }
        if (announced > 0) {
            LOG.infof("Announced %d care plan reviews due or overdue on %s", announced, today);
        }
        return announced;
    }

    /** Marks the announcement made for the plan's current due date; false when it already was. */
    private static boolean claim(UUID id, String marker) {
        return CarePlan.update(marker + " = nextReviewDue where id = ?1 and (" + marker + " is null or " + marker
                + " <> nextReviewDue)", id) == 1;
    }
}
