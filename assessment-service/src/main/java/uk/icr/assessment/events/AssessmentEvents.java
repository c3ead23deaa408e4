package uk.icr.assessment.events;

import java.util.UUID;

import uk.icr.assessment.Assessment;
import uk.icr.kit.events.DomainEvent;

/** What this service publishes on its topic. */
public final class AssessmentEvents {

    public static final String TOPIC = "icr.assessments.v1";
    public static final String CREATED = "uk.nhs.icr.assessment.created.v1";
    public static final String STARTED = "uk.nhs.icr.assessment.started.v1";

    private AssessmentEvents() {
    }

    public static DomainEvent created(Assessment assessment) {
        return event(CREATED, assessment);
    }

    public static DomainEvent started(Assessment assessment) {
        return event(STARTED, assessment);
    }

    private static DomainEvent event(String type, Assessment assessment) {
        return new DomainEvent(TOPIC, "assessment", assessment.id.toString(), type, assessment.nhsNumber,
                new AssessmentChanged(assessment.id, assessment.nhsNumber, assessment.type.name(),
                        assessment.status.name(), assessment.version, "/api/v1/assessments/" + assessment.id));
    }

    /** The payload of {@link #CREATED} and {@link #STARTED}: where the assessment now stands. */
    public record AssessmentChanged(UUID assessmentId, String nhsNumber, String type, String status, long version,
            String link) {
    }
}
