package uk.icr.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import uk.icr.assessment.events.AssessmentEvents;
import uk.icr.kit.api.Cursor;
import uk.icr.kit.api.Versions;
import uk.icr.kit.outbox.Outbox;
import uk.icr.kit.problem.ProblemException;

/** The assessment's rules; resources only translate HTTP to these calls. */
@ApplicationScoped
public class AssessmentService {

    @Inject
    Outbox outbox;

    @Transactional
    public Assessment plan(String nhsNumber, AssessmentType type) {
        Assessment assessment = Assessment.plan(nhsNumber, type);
        assessment.persistAndFlush();
        outbox.add(AssessmentEvents.created(assessment));
        return assessment;
    }

    /** PLANNED to IN_PROGRESS, for the caller who read {@code expectedVersion}. */
    @Transactional
    public Assessment start(UUID id, long expectedVersion) {
        Assessment assessment = require(id);
        Versions.check(expectedVersion, assessment.version);
        if (assessment.status != AssessmentStatus.PLANNED) {
            throw ProblemException.illegalTransition("Only a PLANNED assessment can be started; this one is " + assessment.status + ".");
        }
        assessment.status = AssessmentStatus.IN_PROGRESS;
        // Flush now: a concurrent start that passed the same check fails here, and the event carries the new version.
        Assessment.flush();
        outbox.add(AssessmentEvents.started(assessment));
        return assessment;
    }

    public Optional<Assessment> find(UUID id) {
        return Assessment.findByIdOptional(id);
    }

    /** One person's assessments in creation order, after {@code after}; one row more than asked shows there are more. */
    public List<Assessment> list(String nhsNumber, AssessmentStatus status, Cursor after, int limit) {
        Map<String, Object> parameters = after.parameters();
        parameters.put("nhsNumber", nhsNumber);
        String query = "nhsNumber = :nhsNumber and " + Cursor.AFTER;
        if (status != null) {
            query += " and status = :status";
            parameters.put("status", status);
        }
        return Assessment.<Assessment>find(query + Cursor.ORDER, parameters).range(0, limit).list();
    }

    private Assessment require(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("No assessment " + id + "."));
    }
}
