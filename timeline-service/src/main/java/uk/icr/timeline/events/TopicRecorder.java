package uk.icr.timeline.events;

import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.icr.kit.inbox.EventHandler;
import uk.icr.kit.inbox.IncomingEvent;
import uk.icr.kit.inbox.PoisonEventException;
import uk.icr.kit.nhs.NhsNumberValidator;
import uk.icr.kit.time.Timestamps;
import uk.icr.timeline.TimelineEntry;

/**
 * Records each event of one topic on the timeline of the person it is about: the {@code nhsNumber} of its
 * data (every domain event carries it; a carer's events carry the carer's own, so they are on the carer's
 * timeline, never on the cared-for person's, whose view of a carer goes through the carer's consent), or
 * else the record key. The kit's inbox makes a redelivered event one entry.
 */
abstract class TopicRecorder implements EventHandler {

    private static final Logger LOG = Logger.getLogger(TopicRecorder.class);

    @Inject
    ObjectMapper json;

    @Override
    public void handle(IncomingEvent event) {
        JsonNode data;
        try {
            data = json.readTree(event.payload());
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("The data of event " + event.id() + " is not JSON", e);
        }
        String nhsNumber = data.path("nhsNumber").asText(null);
        if (!NhsNumberValidator.isValid(nhsNumber)) {
            nhsNumber = event.key();
        }
        if (!NhsNumberValidator.isValid(nhsNumber)) {
            LOG.debugf("Event %s (%s) names no person: not on any timeline", event.id(), event.type());
            return;
        }
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.eventId = event.id();
        entry.nhsNumber = nhsNumber;
        entry.topic = event.topic();
        entry.type = event.type();
        entry.source = event.source();
        entry.subject = event.subject();
        entry.occurredAt = event.time();
        entry.data = data;
        entry.recordedAt = Timestamps.now();
        entry.persist();
    }
}
