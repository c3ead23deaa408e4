package uk.icr.careplan.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.icr.careplan.CarePlan;
import uk.icr.careplan.plan.Need;
import uk.icr.careplan.plan.Review;
import uk.icr.kit.events.DomainEvent;

/** What this service publishes on its topic: codes, ids, dates and statuses, never the plan's words. */
public final class CarePlanEvents {

    public static final String TOPIC = "icr.care-plans.v1";
    private static final String PREFIX = "uk.nhs.icr.care-plan.";
    public static final String DRAFTED = PREFIX + "drafted.v1";
    public static final String ACTIVATED = PREFIX + "activated.v1";
    public static final String REVISED = PREFIX + "revised.v1";
    public static final String COORDINATOR_CHANGED = PREFIX + "coordinator-changed.v1";
    public static final String REVIEW_DUE = PREFIX + "review-due.v1";
    public static final String REVIEW_OVERDUE = PREFIX + "review-overdue.v1";
    public static final String REVIEWED = PREFIX + "reviewed.v1";
    public static final String CLOSED = PREFIX + "closed.v1";
    public static final String ENTERED_IN_ERROR = PREFIX + "entered-in-error.v1";

    private CarePlanEvents() {
    }

    public static DomainEvent drafted(CarePlan plan) {
        return event(DRAFTED, plan, new Drafted(plan.id, plan.nhsNumber, plan.status.name(), plan.assessmentIds,
                plan.version, link(plan)));
    }

    public static DomainEvent activated(CarePlan plan, UUID superseded) {
        Map<String, Long> bySource = new TreeMap<>();
        plan.needs.stream().map(Need::metBy).forEach(by -> bySource.merge(by.name(), 1L, Long::sum));
        return event(ACTIVATED, plan, new Activated(plan.id, plan.nhsNumber, plan.status.name(), coordinator(plan),
                bySource.entrySet().stream().map(e -> new NeedsMetBy(e.getKey(), e.getValue())).toList(),
                plan.nextReviewDue, superseded, plan.version, link(plan)));
    }

    public static DomainEvent revised(CarePlan plan, List<String> changedSections) {
        return event(REVISED, plan, new Revised(plan.id, plan.nhsNumber, plan.status.name(), changedSections, plan.version,
                link(plan)));
    }

    public static DomainEvent coordinatorChanged(CarePlan plan) {
        return event(COORDINATOR_CHANGED, plan, new CoordinatorChanged(plan.id, plan.nhsNumber, plan.status.name(),
                coordinator(plan), plan.version, link(plan)));
    }

    public static DomainEvent reviewDue(CarePlan plan, boolean overdue) {
        return event(overdue ? REVIEW_OVERDUE : REVIEW_DUE, plan, new ReviewDue(plan.id, plan.nhsNumber, plan.status.name(),
                plan.nextReviewDue, coordinator(plan), plan.version, link(plan)));
    }

    public static DomainEvent reviewed(CarePlan plan, Review review) {
        return event(REVIEWED, plan, new Reviewed(plan.id, plan.nhsNumber, plan.status.name(), review.type().name(),
                review.outcome().name(), review.completedOn(), review.nextReviewDue(), plan.version, link(plan)));
    }

    public static DomainEvent closed(CarePlan plan) {
        return event(CLOSED, plan, changed(plan));
    }

    public static DomainEvent enteredInError(CarePlan plan) {
        return event(ENTERED_IN_ERROR, plan, changed(plan));
    }

    private static CarePlanChanged changed(CarePlan plan) {
        return new CarePlanChanged(plan.id, plan.nhsNumber, plan.status.name(), plan.version, link(plan));
    }

    private static Coordinator coordinator(CarePlan plan) {
        return plan.coordinator == null ? null : new Coordinator(plan.coordinator.userId(), plan.coordinator.organisation());
    }

    private static DomainEvent event(String type, CarePlan plan, Object data) {
        return new DomainEvent(TOPIC, "care-plan", plan.id.toString(), type, plan.nhsNumber, data);
    }

    private static String link(CarePlan plan) {
        return "/api/v1/care-plans/" + plan.id;
    }

    /** The payload of closed and entered-in-error: where the plan now stands. */
    public record CarePlanChanged(UUID carePlanId, String nhsNumber, String status, long version, String link) {
    }

    public record Drafted(UUID carePlanId, String nhsNumber, String status, List<UUID> assessmentIds, long version,
            String link) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Activated(UUID carePlanId, String nhsNumber, String status, Coordinator coordinator,
            List<NeedsMetBy> needsMetBy, LocalDate nextReviewDue, UUID supersededCarePlanId, long version, String link) {
    }

    public record Revised(UUID carePlanId, String nhsNumber, String status, List<String> changedSections, long version,
            String link) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CoordinatorChanged(UUID carePlanId, String nhsNumber, String status, Coordinator coordinator,
            long version, String link) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReviewDue(UUID carePlanId, String nhsNumber, String status, LocalDate reviewDue, Coordinator coordinator,
            long version, String link) {
    }

    public record Reviewed(UUID carePlanId, String nhsNumber, String status, String type, String outcome,
            LocalDate completedOn, LocalDate nextReviewDue, long version, String link) {
    }

    /** The coordinator by user name and organisation: who partners should route to. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Coordinator(String userId, String organisation) {
    }

    /** How many of the plan's needs one source meets. */
    public record NeedsMetBy(String metBy, long needs) {
    }
}
