package uk.icr.assessment;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.icr.assessment.events.AssessmentEvents;
import uk.icr.kit.events.EventPublisher;

/** The assessment's rules; resources only translate HTTP to these calls. */
@ApplicationScoped
public class AssessmentService {

    @Inject
    EventPublisher events;

    @Transactional
    public Assessment plan(String nhsNumber, AssessmentType type) {
        Assessment assessment = Assessment.plan(nhsNumber, type);
        assessment.persistAndFlush();
        events.publishAfterCommit(AssessmentEvents.created(assessment));
        return assessment;
    }

    public Optional<Assessment> find(UUID id) {
        return Assessment.findByIdOptional(id);
    }
}
