package uk.icr.timeline.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import uk.icr.timeline.TimelineEntry;

/** One event on a person's timeline, as its service published it. */
@Schema(name = "TimelineEntry", description = "One event about the person, as published on its topic.",
        example = "{\"eventId\": \"7c1f0f7e-3d8b-4d0f-9b7e-2f6a1c9d4e21\", \"type\": \"uk.nhs.icr.assessment.completed.v1\","
                + " \"topic\": \"icr.assessments.v1\", \"source\": \"/icr/assessment-service\","
                + " \"subject\": \"5b0e3c1a-8f3e-4a55-9a0c-6d2f1e7b9c10\", \"occurredAt\": \"2026-11-20T10:15:30Z\","
                + " \"data\": {\"assessmentId\": \"5b0e3c1a-8f3e-4a55-9a0c-6d2f1e7b9c10\", \"nhsNumber\": \"9434765919\","
                + " \"eligible\": true}}")
public record TimelineEntryResponse(
        String eventId,
        @Schema(description = "The CloudEvents type, e.g. uk.nhs.icr.care-plan.activated.v1.") String type,
        String topic,
        String source,
        @Schema(description = "The id of the record the event is about.") String subject,
        @Schema(description = "When it happened, as its service says.") OffsetDateTime occurredAt,
        @Schema(description = "The event's data, as published (see the AsyncAPI documents at /events/).") JsonNode data) {

    static TimelineEntryResponse of(TimelineEntry e) {
        return new TimelineEntryResponse(e.eventId, e.type, e.topic, e.source, e.subject, e.occurredAt, e.data);
    }
}
