package uk.icr.timeline.events;

import jakarta.enterprise.context.ApplicationScoped;

/** The careplan-service's events, onto the timeline. */
@ApplicationScoped
public class CarePlansTopic extends TopicRecorder {

    @Override
    public String topic() {
        return "icr.care-plans.v1";
    }
}
