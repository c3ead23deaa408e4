package uk.icr.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import uk.icr.assessment.eligibility.Determination;
import uk.icr.assessment.eligibility.Eligibility;
import uk.icr.assessment.eligibility.EligibilityOverride;
import uk.icr.assessment.eligibility.EligibilityRules;
import uk.icr.assessment.events.AssessmentEvents;
import uk.icr.assessment.history.AssessmentHistory;
import uk.icr.assessment.history.Change;
import uk.icr.kit.api.Cursor;
import uk.icr.kit.api.Versions;
import uk.icr.kit.time.EnglandClock;
import uk.icr.kit.audit.AuditContext;
import uk.icr.kit.audit.AuditTrail;
import uk.icr.kit.outbox.Outbox;
import uk.icr.kit.problem.Problem;
import uk.icr.kit.problem.ProblemException;
import uk.icr.kit.time.Timestamps;

/**
 * The assessment's rules; resources only translate HTTP to these calls. Every change runs in one
 * transaction that also writes the new version to the history and the event to the outbox, so a change,
 * its history and its event are kept or lost together.
 */
@ApplicationScoped
public class AssessmentService {

    public static final String INCOMPLETE = "urn:icr:problem:assessment-incomplete";
    public static final String OVERRIDE_AGREES = "urn:icr:problem:override-agrees-with-computed";
    /** Assessments are English: "today" is today in England. */
    static final ZoneId ENGLAND = EnglandClock.ENGLAND;

    @Inject
    Outbox outbox;

    @Inject
    AssessmentHistory history;

    @Inject
    AuditContext audit;

    @Inject
    AuditTrail auditTrail;

    @Transactional
    public Assessment plan(AssessmentDetails details) {
        Assessment assessment = Assessment.plan(checked(details, List.of()));
        assessment.persistAndFlush();
        history.record(assessment, Change.CREATED);
        outbox.add(AssessmentEvents.created(assessment));
        return assessment;
    }

    /** Applies {@code change} to what was recorded; only while the assessment is planned or in progress. */
    @Transactional
    public Assessment update(UUID id, long expectedVersion, UnaryOperator<AssessmentDetails> change) {
        Assessment assessment = require(id, expectedVersion);
        if (!assessment.open()) {
            throw ProblemException.illegalTransition("A " + assessment.status + " assessment is read-only: record a"
                    + " change in a new assessment (and mark this one entered in error if it was wrong).");
        }
        AssessmentDetails changed = change.apply(assessment.details());
        if (!changed.nhsNumber().equals(assessment.nhsNumber)) {
            throw ProblemException.invalid(new Problem.FieldError("nhsNumber", "cannot change: an assessment of another person is a new"
                    + " assessment, and this one is marked entered in error"));
        }
        AssessmentDetails checked = checked(changed, assessment.carers);
        if (checked.equals(assessment.details())) {
            return assessment; // nothing changed: no new version
        }
        assessment.record(checked);
        // No event for a change of what is recorded: the audit record is written with it all the same.
        auditTrail.recordWrite(assessment.nhsNumber);
        return saved(assessment, Change.UPDATED, null);
    }

    /** PLANNED to IN_PROGRESS. */
    @Transactional
    public Assessment start(UUID id, long expectedVersion) {
        Assessment assessment = require(id, expectedVersion);
        if (assessment.status != AssessmentStatus.PLANNED) {
            throw ProblemException.illegalTransition("Only a PLANNED assessment can be started; this one is "
                    + assessment.status + ".");
        }
        assessment.status = AssessmentStatus.IN_PROGRESS;
        assessment.startedAt = Timestamps.now();
        return saved(assessment, Change.STARTED, AssessmentEvents::started);
    }

    /**
     * IN_PROGRESS to COMPLETED: checks that everything the decision rests on is recorded (422 listing every
     * gap), computes the eligibility determination, and keeps an assessor's different decision beside it.
     */
    @Transactional
    public Assessment complete(UUID id, long expectedVersion, LocalDate completedDate, EligibilityOverride override) {
        Assessment assessment = require(id, expectedVersion);
        if (assessment.status != AssessmentStatus.IN_PROGRESS) {
            throw ProblemException.illegalTransition("Only an IN_PROGRESS assessment can be completed; this one is "
                    + assessment.status + (assessment.status == AssessmentStatus.PLANNED ? ": start it first." : "."));
        }
        List<Problem.FieldError> gaps = CompletionCheck.gaps(assessment.details());
        if (!gaps.isEmpty()) {
            throw new ProblemException(422, INCOMPLETE, "The assessment is not complete",
                    "It cannot complete until " + gaps.size() + (gaps.size() == 1 ? " gap is" : " gaps are")
                            + " filled: see errors.", gaps);
        }
        Determination computed = EligibilityRules.determine(assessment.impairmentOrIllness, assessment.outcomes,
                assessment.wellbeing);
        OffsetDateTime now = Timestamps.now();
        Eligibility.Override recorded = null;
        if (override != null) {
            if (override.eligible() == computed.eligible()) {
                throw new ProblemException(422, OVERRIDE_AGREES, "The override agrees with the computed decision",
                        "The findings already give eligible = " + computed.eligible()
                                + ": an override records a different decision, so leave it out.");
            }
            recorded = new Eligibility.Override(override.eligible(), override.justification().strip(), history.actor(), now);
        }
        assessment.eligibility = new Eligibility(recorded != null ? recorded.eligible() : computed.eligible(), computed,
                recorded, now);
        assessment.eligible = assessment.eligibility.eligible();
        assessment.status = AssessmentStatus.COMPLETED;
        assessment.completedAt = now;
        assessment.completedDate = completedOn(completedDate, assessment);
        return saved(assessment, Change.COMPLETED, AssessmentEvents::completed);
    }

    /** PLANNED or IN_PROGRESS to CANCELLED, with the reason. */
    @Transactional
    public Assessment cancel(UUID id, long expectedVersion, String reason) {
        Assessment assessment = require(id, expectedVersion);
        if (!assessment.open()) {
            throw ProblemException.illegalTransition("Only a PLANNED or IN_PROGRESS assessment can be cancelled; this one is "
                    + assessment.status + ".");
        }
        assessment.status = AssessmentStatus.CANCELLED;
        assessment.statusReason = reason.strip();
        return saved(assessment, Change.CANCELLED, AssessmentEvents::cancelled);
    }

    /** Any state to ENTERED_IN_ERROR, with the reason: the record stays readable, marked as not to be relied on. */
    @Transactional
    public Assessment enteredInError(UUID id, long expectedVersion, String reason) {
        Assessment assessment = require(id, expectedVersion);
        if (assessment.status == AssessmentStatus.ENTERED_IN_ERROR) {
            throw ProblemException.illegalTransition("This assessment is already marked entered in error.");
        }
        assessment.status = AssessmentStatus.ENTERED_IN_ERROR;
        assessment.statusReason = reason.strip();
        return saved(assessment, Change.ENTERED_IN_ERROR, AssessmentEvents::enteredInError);
    }

    /** The day it completed: today in England unless given, and never before it started nor after today. */
    private static LocalDate completedOn(LocalDate given, Assessment assessment) {
        LocalDate today = LocalDate.now(ENGLAND);
        if (given == null) {
            return today;
        }
        LocalDate started = assessment.startedAt.atZoneSameInstant(ENGLAND).toLocalDate();
        if (given.isAfter(today) || given.isBefore(started)) {
            throw ProblemException.invalid(new Problem.FieldError("completedDate", "must be between the day the assessment started ("
                    + started + ") and today (" + today + ")"));
        }
        return given;
    }

    public Optional<Assessment> find(UUID id) {
        return Assessment.findByIdOptional(id);
    }

    public Assessment require(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("No assessment " + id + "."));
    }

    /** One person's assessments in creation order, after {@code after}; one row more than asked shows there are more. */
    public List<Assessment> list(String nhsNumber, AssessmentStatus status, AssessmentType type, Cursor after, int limit) {
        Map<String, Object> parameters = after.parameters();
        parameters.put("nhsNumber", nhsNumber);
        StringBuilder query = new StringBuilder("nhsNumber = :nhsNumber and ").append(Cursor.AFTER);
        if (status != null) {
            query.append(" and status = :status");
            parameters.put("status", status);
        }
        if (type != null) {
            query.append(" and type = :type");
            parameters.put("type", type);
        }
        return Assessment.<Assessment>find(query + Cursor.ORDER, parameters).range(0, limit).list();
    }

    /** The assessment a change is about, at the version the caller read; the audit names its person even if the change fails. */
    private Assessment require(UUID id, long expectedVersion) {
        Assessment assessment = require(id);
        audit.about(assessment.nhsNumber);
        Versions.check(expectedVersion, assessment.version);
        return assessment;
    }

    /**
     * Flushes (so a concurrent change that passed the same If-Match check fails here, and the version is
     * the new one), then records the version and the event.
     */
    private Assessment saved(Assessment assessment, Change change,
            java.util.function.Function<Assessment, uk.icr.kit.events.DomainEvent> event) {
        assessment.updatedAt = Timestamps.now();
        Assessment.flush();
        history.record(assessment, change);
        if (event != null) {
            outbox.add(event.apply(assessment));
        }
        return assessment;
    }

    /**
     * What bean validation cannot see, checked on every write: nothing recorded twice, and carers keep the
     * ids the service gave them (a new carer gets one; an id the assessment never had is refused).
     */
    private static AssessmentDetails checked(AssessmentDetails details, List<NamedCarer> existing) {
        List<Problem.FieldError> errors = new ArrayList<>(details.duplicates());
        Set<UUID> known = existing.stream().map(NamedCarer::id).collect(Collectors.toSet());
        List<NamedCarer> carers = new ArrayList<>();
        for (int i = 0; i < details.carers().size(); i++) {
            NamedCarer carer = details.carers().get(i);
            if (carer.id() != null && !known.contains(carer.id())) {
                errors.add(new Problem.FieldError("carers[" + i + "].id",
                        "is not a carer of this assessment: leave id out to add a new carer"));
            }
            carers.add(carer.id() == null ? carer.withId(UUID.randomUUID()) : carer);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.toArray(Problem.FieldError[]::new));
        }
        return new AssessmentDetails(details.nhsNumber(), details.type(), details.method(), details.primarySupportReason(),
                details.plannedDate(), details.whatMattersToMe(), details.impairmentOrIllness(), details.contributors(),
                details.outcomes(), details.wellbeing(), details.healthNeeds(), carers);
    }
}
