package uk.icr.assessment.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.icr.assessment.Assessment;
import uk.icr.assessment.AssessmentService;
import uk.icr.kit.api.StatusReasonRequest;
import uk.icr.kit.api.Versions;
import uk.icr.kit.audit.AuditContext;

/**
 * The assessment's life: start, complete, cancel, entered in error. Each names the version it was based
 * on in If-Match; an illegal transition answers 409.
 */
@Path("/api/v1/assessments/{id}")
@Tag(name = "Assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentCommands {

    @Inject
    AssessmentService assessments;

    @Inject
    AuditContext audit;

    @POST
    @Path("/start")
    @Consumes(MediaType.WILDCARD) // a command without a body needs no Content-Type
    @RolesAllowed({"practitioner", "care-coordinator"})
    @APIResponseSchema(value = AssessmentResponse.class, responseDescription = "The assessment; ETag carries its version.")
    @Operation(operationId = "assessment_start", summary = "Start a planned assessment (needs If-Match)")
    public Response start(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        return answer(assessments.start(id, Versions.required(ifMatch)));
    }

    @POST
    @Path("/complete")
    @Consumes(MediaType.WILDCARD) // the body is optional
    @RolesAllowed({"practitioner", "care-coordinator"})
    @APIResponseSchema(value = AssessmentResponse.class, responseDescription = "The assessment; ETag carries its version.")
    @Operation(operationId = "assessment_complete", summary = "Complete an assessment and determine eligibility (needs If-Match)",
            description = "Checks every finding the decision rests on is recorded (a joint assessment needs contributors"
                    + " from health and social care), then computes the reg 2 determination. An assessor may record a"
                    + " different decision only with a justification, kept beside the computed one.")
    @APIResponse(responseCode = "422", description = "Something the decision rests on is missing (each gap is listed),"
            + " or the override agrees with the computed decision.")
    public Response complete(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CompleteAssessmentRequest.class))) @Valid CompleteAssessmentRequest body) {
        long expected = Versions.required(ifMatch);
        CompleteAssessmentRequest request = body != null ? body : new CompleteAssessmentRequest(null, null);
        return answer(assessments.complete(id, expected, request.completedDate(), request.eligibilityOverride()));
    }

    @POST
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"practitioner", "care-coordinator"})
    @APIResponseSchema(value = AssessmentResponse.class, responseDescription = "The assessment; ETag carries its version.")
    @Operation(operationId = "assessment_cancel", summary = "Cancel a planned or in-progress assessment, with the reason (needs If-Match)")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @NotNull @Valid StatusReasonRequest body) {
        return answer(assessments.cancel(id, Versions.required(ifMatch), body.reason()));
    }

    @POST
    @Path("/entered-in-error")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"practitioner", "care-coordinator"})
    @APIResponseSchema(value = AssessmentResponse.class, responseDescription = "The assessment; ETag carries its version.")
    @Operation(operationId = "assessment_entered_in_error", summary = "Mark an assessment entered in error, with the reason"
            + " (needs If-Match)", description = "The record stays readable, marked as not to be relied on.")
    public Response enteredInError(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @NotNull @Valid StatusReasonRequest body) {
        return answer(assessments.enteredInError(id, Versions.required(ifMatch), body.reason()));
    }

    /** The assessment with its version as a strong ETag, naming the person for the audit trail. */
    Response answer(Assessment assessment) {
        audit.about(assessment.nhsNumber);
        return AssessmentResponse.ok(assessment);
    }
}
