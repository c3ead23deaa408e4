package uk.icr.careplan.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.icr.careplan.CarePlanService;
import uk.icr.kit.api.StatusReasonRequest;
import uk.icr.kit.api.Versions;

/**
 * The plan's life: activate, record a review, close, entered in error. Each names the version it was
 * based on in If-Match; an illegal transition answers 409. Only the care coordinator activates and closes.
 */
@Path("/api/v1/care-plans/{id}")
@Tag(name = "Care plans")
@Produces(MediaType.APPLICATION_JSON)
public class CarePlanCommands {

    @Inject
    CarePlanService plans;

    @POST
    @Path("/activate")
    @Consumes(MediaType.WILDCARD) // a command without a body needs no Content-Type
    @RolesAllowed("care-coordinator")
    @APIResponseSchema(value = CarePlanResponse.class, responseDescription = "The plan, now ACTIVE.")
    @APIResponse(responseCode = "422", description = "The plan is not complete: every missing part is listed.")
    @Operation(operationId = "careplan_activate", summary = "Put a complete plan in force (needs If-Match)",
            description = "Needs a care coordinator, a goal with an action, a contingency plan, the person's agreement and,"
                    + " when a need is met by the council or a personal health budget, an agreed linked budget. The first"
                    + " review falls due 8 weeks later. A person has one plan in force: 409 if another is, unless"
                    + " supersede=true closes it.")
    public Response activate(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Parameter(description = "Close the person's plan in force and put this one in its place.")
            @QueryParam("supersede") @DefaultValue("false") boolean supersede) {
        return CarePlanResponse.ok(plans.activate(id, Versions.required(ifMatch), supersede));
    }

    @POST
    @Path("/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"practitioner", "care-coordinator"})
    @APIResponseSchema(value = CarePlanResponse.class, responseDescription = "The plan with the review and the next one due.")
    @Operation(operationId = "careplan_review", summary = "Record a completed review (needs If-Match)",
            description = "The next review falls due at most 12 months later. REASSESSMENT_NEEDED puts the plan UNDER_REVIEW.")
    public Response review(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @NotNull @Valid ReviewRequest body) {
        return CarePlanResponse.ok(plans.recordReview(id, Versions.required(ifMatch), body.type(), body.completedOn(),
                body.outcome(), body.notes(), body.nextReviewDue()));
    }

    @POST
    @Path("/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("care-coordinator")
    @APIResponseSchema(value = CarePlanResponse.class, responseDescription = "The plan, now CLOSED.")
    @Operation(operationId = "careplan_close", summary = "Close a care plan, with the reason (needs If-Match)")
    public Response close(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @NotNull @Valid StatusReasonRequest body) {
        return CarePlanResponse.ok(plans.close(id, Versions.required(ifMatch), body.reason()));
    }

    @POST
    @Path("/entered-in-error")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"practitioner", "care-coordinator"})
    @APIResponseSchema(value = CarePlanResponse.class, responseDescription = "The plan, marked ENTERED_IN_ERROR.")
    @Operation(operationId = "careplan_entered_in_error", summary = "Mark a care plan entered in error, with the reason"
            + " (needs If-Match)")
    public Response enteredInError(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @NotNull @Valid StatusReasonRequest body) {
        return CarePlanResponse.ok(plans.enteredInError(id, Versions.required(ifMatch), body.reason()));
    }
}
