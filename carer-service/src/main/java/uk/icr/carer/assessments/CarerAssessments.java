package uk.icr.carer.assessments;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import uk.icr.carer.Carer;
import uk.icr.carer.CarerService;
import uk.icr.carer.CarerStatus;
import uk.icr.carer.eligibility.CarerDetermination;
import uk.icr.carer.eligibility.CarerEligibilityRules;
import uk.icr.carer.eligibility.CarerFindings;
import uk.icr.carer.events.CarerEvents;
import uk.icr.kit.api.Versions;
import uk.icr.kit.audit.AuditTrail;
import uk.icr.kit.history.VersionHistory;
import uk.icr.kit.outbox.Outbox;
import uk.icr.kit.problem.Problem;
import uk.icr.kit.problem.ProblemException;
import uk.icr.kit.time.Timestamps;

/** A carer's assessments: offered, recorded as they go, completed with the reg 3 decision the service computes. */
@ApplicationScoped
public class CarerAssessments {

    public static final String INCOMPLETE = "urn:icr:problem:carer-assessment-incomplete";

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    @Inject
    VersionHistory history;

    @Inject
    CarerService carers;

    /** Records the offer, unless one is already open (the carer's status is the caller's to change). */
    public CarerAssessment offerUnlessOpen(Carer carer) {
        return open(carer.id).orElseGet(() -> {
            CarerAssessment assessment = CarerAssessment.offered(carer.id);
            assessment.persist();
            return assessment;
        });
    }

    /** The carer has stopped caring: an assessment offered or under way is DECLINED, never completed later. */
    public void closeOpen(Carer carer) {
        open(carer.id).ifPresent(assessment -> assessment.status = CarerAssessment.Status.DECLINED);
    }

    private Optional<CarerAssessment> open(UUID carerId) {
        return CarerAssessment.<CarerAssessment>find("carerId = ?1 and status in ?2 order by offeredAt", carerId,
                List.of(CarerAssessment.Status.OFFERED, CarerAssessment.Status.IN_PROGRESS)).firstResultOptional();
    }

    /** Starts the carer's assessment (the one offered, if any) with what is found so far. */
    @Transactional
    public CarerAssessment start(UUID carerId, CarerFindings findings) {
        Carer carer = carers.require(carerId);
        if (carer.status == CarerStatus.NO_LONGER_CARING) {
            throw ProblemException.illegalTransition("This carer has stopped caring.");
        }
        Optional<CarerAssessment> open = open(carer.id);
        if (open.isPresent() && open.get().status == CarerAssessment.Status.IN_PROGRESS) {
            throw new ProblemException(409, "urn:icr:problem:assessment-in-progress", "An assessment is in progress",
                    "Carer's assessment " + open.get().id + " is in progress: complete it first.");
        }
        CarerAssessment assessment = offerUnlessOpen(carer);
        assessment.status = CarerAssessment.Status.IN_PROGRESS;
        assessment.findings = findings;
        if (carer.status == CarerStatus.IDENTIFIED) {
            // Starting one is offering it, and accepted: the duty to offer is met.
            carer.status = CarerStatus.ASSESSMENT_OFFERED;
            carer.touch();
            outbox.add(CarerEvents.assessmentOffered(carer));
        }
        CarerAssessment.flush();
        auditTrail.recordWrite(carer.nhsNumber);
        return assessment;
    }

    /**
     * Completes it with the final findings: 422 listing every gap; then the decision is computed (reg 3) and
     * the carer is ASSESSED, unless already SUPPORTED.
     */
    @Transactional
    public CarerAssessment complete(UUID carerId, UUID assessmentId, long expectedVersion, CarerFindings findings) {
        Carer carer = carers.require(carerId);
        CarerAssessment assessment = require(carer.id, assessmentId);
        Versions.check(expectedVersion, assessment.version);
        if (carer.status == CarerStatus.NO_LONGER_CARING) {
            throw ProblemException.illegalTransition("This carer has stopped caring.");
        }
        if (!assessment.open()) {
            throw ProblemException.illegalTransition("This carer's assessment is " + assessment.status + ".");
        }
        List<Problem.FieldError> gaps = CarerEligibilityRules.gaps(findings);
        if (!gaps.isEmpty()) {
            throw new ProblemException(422, INCOMPLETE, "The carer's assessment is not complete", "A decision needs "
                    + gaps.size() + (gaps.size() == 1 ? " more finding" : " more findings") + ": see errors.", gaps);
        }
        CarerDetermination determination = CarerEligibilityRules.decide(findings);
        assessment.findings = findings;
        assessment.determination = determination;
        assessment.eligible = determination.eligible();
        assessment.status = CarerAssessment.Status.COMPLETED;
        assessment.completedAt = Timestamps.now();
        assessment.completedBy = history.actor();
        if (carer.status != CarerStatus.SUPPORTED) {
            carer.status = CarerStatus.ASSESSED;
        }
        carer.touch();
        CarerAssessment.flush();
        outbox.add(CarerEvents.assessmentCompleted(carer, assessment));
        return assessment;
    }

    public List<CarerAssessment> list(UUID carerId) {
        return CarerAssessment.list("carerId = ?1 order by offeredAt", carerId);
    }

    public CarerAssessment require(UUID carerId, UUID assessmentId) {
        return CarerAssessment.<CarerAssessment>findByIdOptional(assessmentId).filter(a -> a.carerId.equals(carerId))
                .orElseThrow(() -> new NotFoundException("Carer " + carerId + " has no assessment " + assessmentId + "."));
    }
}
