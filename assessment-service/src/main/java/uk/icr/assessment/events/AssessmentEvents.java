package uk.icr.assessment.events;

import java.util.UUID;

import uk.icr.assessment.Assessment;
import uk.icr.kit.events.DomainEvent;

/** What this service publishes on its topic. */
public final class AssessmentEvents {

    public static final String TOPIC = "icr.assessments.v1";
    public static final String CREATED = "uk.nhs.icr.assessment.created.v1";

    private AssessmentEvents() {
    }

    public static DomainEvent created(Assessment assessment) {
        return new DomainEvent(TOPIC, CREATED, assessment.id.toString(), assessment.nhsNumber,
                new AssessmentCreated(assessment.id, assessment.nhsNumber, assessment.type.name(),
                        assessment.status.name(), assessment.version, "/api/v1/assessments/" + assessment.id));
    }

    /** The payload of {@link #CREATED}. */
    public record AssessmentCreated(UUID assessmentId, String nhsNumber, String type, String status, long version,
            String link) {
    }
}
