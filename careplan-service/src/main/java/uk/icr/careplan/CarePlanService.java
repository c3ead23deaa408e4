package uk.icr.careplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.hibernate.exception.ConstraintViolationException;

import uk.icr.careplan.activation.ActivationCheck;
import uk.icr.careplan.api.CarePlanResponse;
import uk.icr.careplan.events.CarePlanEvents;
import uk.icr.careplan.plan.AboutMe;
import uk.icr.careplan.plan.BudgetSummary;
import uk.icr.careplan.plan.Need;
import uk.icr.careplan.plan.Review;
import uk.icr.kit.api.Cursor;
import uk.icr.kit.api.Versions;
import uk.icr.kit.audit.AuditContext;
import uk.icr.kit.audit.AuditTrail;
import uk.icr.kit.events.DomainEvent;
import uk.icr.kit.history.VersionHistory;
import uk.icr.kit.outbox.Outbox;
import uk.icr.kit.problem.Problem;
import uk.icr.kit.problem.ProblemException;
import uk.icr.kit.time.Timestamps;

/**
 * The care plan's rules; resources and event handlers only translate to these calls. Every change runs
 * in one transaction with its new version in the history and its events in the outbox.
 */
@ApplicationScoped
public class CarePlanService {

    public static final String RESOURCE = "care-plan";
    public static final String INCOMPLETE = "urn:icr:problem:care-plan-incomplete";
    public static final String ALREADY_IN_FORCE = "urn:icr:problem:care-plan-already-in-force";
    static final String ONE_IN_FORCE = "care_plan_one_in_force";
    static final int FIRST_REVIEW_WEEKS = 8;
    static final int MAX_MONTHS_BETWEEN_REVIEWS = 12;

    @Inject
    Outbox outbox;

    @Inject
    VersionHistory history;

    @Inject
    AuditContext audit;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @Transactional
    public CarePlan draft(CarePlanDetails details) {
        CarePlan plan = CarePlan.draft(checked(details));
        plan.persistAndFlush();
        return saved(plan, "CREATED", CarePlanEvents.drafted(plan));
    }

    /**
     * An eligible assessment's needs, and what matters to the person when it is known: into the person's
     * draft plan if they have one (never over words the team already wrote), else into a new draft. An
     * assessment already in the plan changes nothing.
     */
    @Transactional
    public CarePlan fromAssessment(String nhsNumber, UUID assessmentId, List<Need> needs, Optional<String> whatMattersToMe) {
        Optional<CarePlan> existing = CarePlan.<CarePlan>find("nhsNumber = ?1 and status = ?2 order by createdAt desc",
                nhsNumber, CarePlanStatus.DRAFT).firstResultOptional();
        if (existing.isEmpty()) {
            AboutMe aboutMe = whatMattersToMe.map(words -> new AboutMe(words, null, null, null, null, null, null)).orElse(null);
            return draft(new CarePlanDetails(nhsNumber, List.of(assessmentId), null, null, aboutMe, null, needs, null, null,
                    null, null, null));
        }
        CarePlan plan = existing.get();
        if (plan.assessmentIds.contains(assessmentId)) {
            return plan;
        }
        List<UUID> assessments = new ArrayList<>(plan.assessmentIds);
        assessments.add(assessmentId);
        List<Need> merged = new ArrayList<>(plan.needs);
        needs.stream().filter(need -> plan.needs.stream().noneMatch(n -> Objects.equals(n.code(), need.code())))
                .forEach(merged::add);
        CarePlanDetails before = plan.details();
        AboutMe aboutMe = before.aboutMe();
        if (whatMattersToMe.isPresent() && (aboutMe == null || aboutMe.whatMattersToMe() == null)) {
            aboutMe = aboutMe == null ? new AboutMe(whatMattersToMe.get(), null, null, null, null, null, null)
                    : new AboutMe(whatMattersToMe.get(), aboutMe.peopleImportantToMe(), aboutMe.howICommunicate(),
                            aboutMe.pleaseDo(), aboutMe.pleaseDont(), aboutMe.howAndWhenToSupportMe(), aboutMe.alsoWorthKnowing());
        }
        plan.write(new CarePlanDetails(before.nhsNumber(), assessments, before.periodStart(), before.periodEnd(),
                aboutMe, before.strengths(), merged, before.goals(), before.coordinator(), before.careTeam(),
                before.contingencyPlans(), before.agreement()));
        CarePlan.flush();
        return saved(plan, "UPDATED");
    }

    /**
     * A budget's new status and amounts, onto the plan it names, else the person's plan in force, else their
     * latest draft. A plan in force announces the change as a revision of its budget section.
     */
    @Transactional
    public Optional<CarePlan> budgetChanged(String nhsNumber, UUID carePlanId, BudgetSummary budget) {
        Optional<CarePlan> target = carePlanId != null ? find(carePlanId).filter(p -> p.nhsNumber.equals(nhsNumber))
                : CarePlan.<CarePlan>find("nhsNumber = ?1 and status in ?2 order by (case when status = ?3 then 1 else 0 end),"
                        + " createdAt desc", nhsNumber, List.of(CarePlanStatus.ACTIVE, CarePlanStatus.UNDER_REVIEW,
                        CarePlanStatus.DRAFT), CarePlanStatus.DRAFT).firstResultOptional();
        target.filter(plan -> !budget.equals(plan.budget)).ifPresent(plan -> {
            plan.budget = budget;
            plan.updatedAt = Timestamps.now();
            CarePlan.flush();
            saved(plan, "BUDGET_UPDATED", plan.inForce() ? new DomainEvent[] {CarePlanEvents.revised(plan, List.of("budget"))}
                    : new DomainEvent[0]);
        });
        return target;
    }

    /** What matters to the person, into a draft that has nothing in "about me" yet (read late from its assessment). */
    @Transactional
    public void whatMattersToMe(UUID id, String words) {
        find(id).filter(plan -> plan.status == CarePlanStatus.DRAFT && plan.aboutMe == null).ifPresent(plan -> {
            plan.aboutMe = new AboutMe(words, null, null, null, null, null, null);
            plan.updatedAt = Timestamps.now();
            CarePlan.flush();
            saved(plan, "UPDATED");
        });
    }

    /** Applies {@code change} to what the team wrote; a plan in force announces what changed. */
    @Transactional
    public CarePlan update(UUID id, long expectedVersion, UnaryOperator<CarePlanDetails> change) {
        CarePlan plan = require(id, expectedVersion);
        if (plan.status == CarePlanStatus.CLOSED || plan.status == CarePlanStatus.ENTERED_IN_ERROR) {
            throw ProblemException.illegalTransition("A " + plan.status + " care plan cannot change: start a new one.");
        }
        CarePlanDetails before = plan.details();
        CarePlanDetails after = checked(change.apply(before));
        if (!after.nhsNumber().equals(plan.nhsNumber)) {
            throw ProblemException.invalid(new Problem.FieldError("nhsNumber", "cannot change: a plan for another person is a new plan"));
        }
        if (after.equals(before)) {
            return plan;
        }
        plan.write(after);
        plan.updatedAt = Timestamps.now();
        CarePlan.flush();
        List<DomainEvent> events = new ArrayList<>();
        if (!Objects.equals(before.coordinator(), after.coordinator())) {
            events.add(CarePlanEvents.coordinatorChanged(plan));
        }
        if (plan.inForce()) {
            events.add(CarePlanEvents.revised(plan, Sections.changed(before, after)));
        }
        if (events.isEmpty()) {
            auditTrail.recordWrite(plan.nhsNumber);
        }
        return saved(plan, "UPDATED", events.toArray(DomainEvent[]::new));
    }

    /**
     * DRAFT or UNDER_REVIEW to ACTIVE, once complete (422 listing every gap). A person has one plan in
     * force: another is closed only when the caller says this one supersedes it (409 otherwise), and the
     * database's partial unique index turns a concurrent activation into 409 too.
     */
    @Transactional
    public CarePlan activate(UUID id, long expectedVersion, boolean supersede) {
        CarePlan plan = require(id, expectedVersion);
        if (plan.status != CarePlanStatus.DRAFT && plan.status != CarePlanStatus.UNDER_REVIEW) {
            throw ProblemException.illegalTransition("Only a DRAFT or UNDER_REVIEW care plan can be activated; this one is "
                    + plan.status + ".");
        }
        List<Problem.FieldError> gaps = ActivationCheck.gaps(plan);
        if (!gaps.isEmpty()) {
            throw new ProblemException(422, INCOMPLETE, "The care plan is not complete", "It cannot be activated until "
                    + gaps.size() + (gaps.size() == 1 ? " part is" : " parts are") + " added: see errors.", gaps);
        }
        UUID superseded = null;
        Optional<CarePlan> inForce = CarePlan.<CarePlan>find("nhsNumber = ?1 and status in ?2 and id <> ?3", plan.nhsNumber,
                List.of(CarePlanStatus.ACTIVE, CarePlanStatus.UNDER_REVIEW), plan.id).firstResultOptional();
        if (inForce.isPresent()) {
            if (!supersede) {
                throw alreadyInForce(inForce.get().id);
            }
            CarePlan old = inForce.get();
            old.status = CarePlanStatus.CLOSED;
            old.statusReason = "Superseded by care plan " + plan.id + ".";
            old.updatedAt = Timestamps.now();
            flush(old.id);
            saved(old, "CLOSED", CarePlanEvents.closed(old));
            superseded = old.id;
        }
        if (plan.status == CarePlanStatus.DRAFT) {
            plan.activatedAt = Timestamps.now();
            plan.nextReviewDue = LocalDate.now(clock).plusWeeks(FIRST_REVIEW_WEEKS);
        }
        plan.status = CarePlanStatus.ACTIVE;
        plan.updatedAt = Timestamps.now();
        flush(null);
        return saved(plan, "ACTIVATED", CarePlanEvents.activated(plan, superseded));
    }

    /** Records a completed review, and sets the next one at most 12 months on. */
    @Transactional
    public CarePlan recordReview(UUID id, long expectedVersion, Review.Type type, LocalDate completedOn,
            Review.Outcome outcome, String notes, LocalDate nextReviewDue) {
        CarePlan plan = require(id, expectedVersion);
        if (!plan.inForce()) {
            throw ProblemException.illegalTransition("Only a plan in force (ACTIVE or UNDER_REVIEW) is reviewed; this one is "
                    + plan.status + ".");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate activated = plan.activatedAt.atZoneSameInstant(clock.getZone()).toLocalDate();
        if (completedOn.isAfter(today) || completedOn.isBefore(activated)) {
            throw ProblemException.invalid(new Problem.FieldError("completedOn", "must be between the day the plan became active ("
                    + activated + ") and today (" + today + ")"));
        }
        LocalDate latest = completedOn.plusMonths(MAX_MONTHS_BETWEEN_REVIEWS);
        if (nextReviewDue != null && (nextReviewDue.isAfter(latest) || !nextReviewDue.isAfter(completedOn))) {
            throw ProblemException.invalid(new Problem.FieldError("nextReviewDue", "must be after the review and at most "
                    + MAX_MONTHS_BETWEEN_REVIEWS + " months after it (" + latest + ")"));
        }
        Review review = new Review(type, completedOn, outcome, notes, history.actor(),
                nextReviewDue != null ? nextReviewDue : latest);
        List<Review> reviews = new ArrayList<>(plan.reviews);
        reviews.add(review);
        plan.reviews = List.copyOf(reviews);
        plan.nextReviewDue = review.nextReviewDue();
        plan.reviewDuePublished = null;
        plan.reviewOverduePublished = null;
        plan.status = outcome == Review.Outcome.REASSESSMENT_NEEDED ? CarePlanStatus.UNDER_REVIEW : CarePlanStatus.ACTIVE;
        plan.updatedAt = Timestamps.now();
        CarePlan.flush();
        return saved(plan, "REVIEWED", CarePlanEvents.reviewed(plan, review));
    }

    /** To CLOSED, with the reason: a plan is never deleted. */
    @Transactional
    public CarePlan close(UUID id, long expectedVersion, String reason) {
        CarePlan plan = require(id, expectedVersion);
        if (plan.status == CarePlanStatus.CLOSED || plan.status == CarePlanStatus.ENTERED_IN_ERROR) {
            throw ProblemException.illegalTransition("A care plan that is " + plan.status + " cannot be closed.");
        }
        plan.status = CarePlanStatus.CLOSED;
        plan.statusReason = reason.strip();
        plan.updatedAt = Timestamps.now();
        CarePlan.flush();
        return saved(plan, "CLOSED", CarePlanEvents.closed(plan));
    }

    /** Any state to ENTERED_IN_ERROR, with the reason: the plan stays readable, marked not to be relied on. */
    @Transactional
    public CarePlan enteredInError(UUID id, long expectedVersion, String reason) {
        CarePlan plan = require(id, expectedVersion);
        if (plan.status == CarePlanStatus.ENTERED_IN_ERROR) {
            throw ProblemException.illegalTransition("This care plan is already marked entered in error.");
        }
        plan.status = CarePlanStatus.ENTERED_IN_ERROR;
        plan.statusReason = reason.strip();
        plan.updatedAt = Timestamps.now();
        CarePlan.flush();
        return saved(plan, "ENTERED_IN_ERROR", CarePlanEvents.enteredInError(plan));
    }

    public Optional<CarePlan> find(UUID id) {
        return CarePlan.findByIdOptional(id);
    }

    public CarePlan require(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("No care plan " + id + "."));
    }

    /** Plans by person and/or coordinator in creation order, after {@code after}; one row more shows there are more. */
    public List<CarePlan> list(CarePlanQuery query, Cursor after, int limit) {
        Map<String, Object> parameters = after.parameters();
        StringBuilder where = new StringBuilder(Cursor.AFTER);
        query.appendTo(where, parameters);
        return CarePlan.<CarePlan>find(where + Cursor.ORDER, parameters).range(0, limit).list();
    }

    /** Records the version a change produced and its events; the change is already flushed. */
    CarePlan saved(CarePlan plan, String action, DomainEvent... events) {
        history.record(RESOURCE, plan.id, plan.version, action, CarePlanResponse.of(plan));
        for (DomainEvent event : events) {
            outbox.add(event);
        }
        return plan;
    }

    private CarePlan require(UUID id, long expectedVersion) {
        CarePlan plan = require(id);
        audit.about(plan.nhsNumber);
        Versions.check(expectedVersion, plan.version);
        return plan;
    }

    /** Flushes; a plan put in force beside another one (a concurrent activation) answers 409, not 500. */
    private void flush(UUID other) {
        try {
            CarePlan.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException violation
                        && ONE_IN_FORCE.equals(violation.getConstraintName())) {
                    throw alreadyInForce(other);
                }
            }
            throw e;
        }
    }

    private static ProblemException alreadyInForce(UUID other) {
        return new ProblemException(409, ALREADY_IN_FORCE, "The person already has a care plan in force",
                "The person already has an ACTIVE or UNDER_REVIEW care plan" + (other != null ? " (" + other + ")" : "")
                        + ": activate with ?supersede=true to close it and put this one in force.");
    }

    private static CarePlanDetails checked(CarePlanDetails details) {
        if (details.periodStart() != null && details.periodEnd() != null && details.periodEnd().isBefore(details.periodStart())) {
            throw ProblemException.invalid(new Problem.FieldError("periodEnd", "must not be before periodStart"));
        }
        return details;
    }
}
