package uk.icr.timeline.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.icr.kit.api.Cursor;
import uk.icr.kit.api.Page;
import uk.icr.kit.audit.AuditContext;
import uk.icr.kit.nhs.NhsNumber;
import uk.icr.timeline.TimelineEntry;

/** Every event about a person from the four services, in the order it happened. */
@Path("/api/v1/people/{nhsNumber}/timeline")
@Tag(name = "Timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    @Inject
    AuditContext audit;

    @GET
    @RolesAllowed({"practitioner", "care-coordinator", "auditor"})
    @Operation(operationId = "timeline_list", summary = "Every event about a person, oldest first, a page at a time",
            description = "Assessments, care plans and budgets from their topics, as published; carers' events are on"
                    + " the carer's own timeline (by their NHS number), not on the timeline of the person they care for.")
    public Page<TimelineEntryResponse> timeline(@PathParam("nhsNumber") @NhsNumber String nhsNumber,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Cursor.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor) {
        audit.about(nhsNumber);
        return Page.of(TimelineEntry.of(nhsNumber, Cursor.decode(cursor), limit + 1), limit, TimelineEntryResponse::of,
                e -> new Cursor(e.occurredAt, e.id).encode());
    }
}
