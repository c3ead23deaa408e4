package uk.icr.timeline.events;

import jakarta.enterprise.context.ApplicationScoped;

/** The carer-service's events, onto the timeline. */
@ApplicationScoped
public class CarersTopic extends TopicRecorder {

    @Override
    public String topic() {
        return "icr.carers.v1";
    }
}
