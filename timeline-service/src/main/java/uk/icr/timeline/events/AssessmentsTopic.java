package uk.icr.timeline.events;

import jakarta.enterprise.context.ApplicationScoped;

/** The assessment-service's events, onto the timeline. */
@ApplicationScoped
public class AssessmentsTopic extends TopicRecorder {

    @Override
    public String topic() {
        return "icr.assessments.v1";
    }
}
