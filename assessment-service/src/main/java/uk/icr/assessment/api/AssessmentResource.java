package uk.icr.assessment.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import uk.icr.assessment.Assessment;
import uk.icr.assessment.AssessmentDetails;
import uk.icr.assessment.AssessmentService;
import uk.icr.assessment.AssessmentStatus;
import uk.icr.assessment.AssessmentType;
import uk.icr.assessment.history.AssessmentHistory;
import uk.icr.kit.api.Cursor;
import uk.icr.kit.api.Idempotency;
import uk.icr.kit.api.MergePatch;
import uk.icr.kit.api.Page;
import uk.icr.kit.api.QueryParams;
import uk.icr.kit.api.Versions;
import uk.icr.kit.audit.AuditContext;
import uk.icr.kit.nhs.NhsNumber;

/** Assessments as records: create, read, list, change, and read back every version. Commands are in {@link AssessmentCommands}. */
@Path("/api/v1/assessments")
@Tag(name = "Assessments", description = "Joint health and social care assessments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    @Inject
    Idempotency idempotency;

    @Inject
    MergePatch mergePatch;

    @Inject
    AuditContext audit;

    @Inject
    AssessmentHistory history;

    @POST
    @RolesAllowed({"practitioner", "care-coordinator"})
    @APIResponseSchema(value = AssessmentResponse.class, responseCode = "201",
            responseDescription = "Created: Location names it, ETag carries its version.")
    @Operation(operationId = "assessment_create", summary = "Plan a new assessment for a person",
            description = "Only nhsNumber and type are needed; the findings can be recorded now or later with PATCH.")
    public Response create(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid AssessmentDetails body) {
        audit.about(body.nhsNumber());
        return idempotency.execute(idempotencyKey, "assessment_create", body, () -> {
            Assessment assessment = assessments.plan(body);
            return Response.created(URI.create("/api/v1/assessments/" + assessment.id))
                    .tag(Versions.etag(assessment.version))
                    .entity(AssessmentResponse.of(assessment))
                    .build();
        });
    }

    @GET
    @RolesAllowed({"practitioner", "care-coordinator", "auditor"})
    @Operation(operationId = "assessment_list", summary = "List a person's assessments, oldest first, a page at a time")
    public Page<AssessmentResponse> list(@QueryParam("nhsNumber") @NotNull @NhsNumber String nhsNumber,
            @QueryParam("status") String status,
            @QueryParam("type") String type,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Cursor.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor) {
        audit.about(nhsNumber);
        AssessmentStatus wantedStatus = QueryParams.enumValue(AssessmentStatus.class, "status", status);
        AssessmentType wantedType = QueryParams.enumValue(AssessmentType.class, "type", type);
        return Page.of(assessments.list(nhsNumber, wantedStatus, wantedType, Cursor.decode(cursor), limit + 1), limit,
                AssessmentResponse::of, a -> new Cursor(a.createdAt, a.id).encode());
    }

    @GET
    @Path("/{id}")
    // icr-service: the care plan service reads what matters to the person when an assessment completes.
    @RolesAllowed({"practitioner", "care-coordinator", "auditor", "icr-service"})
    @APIResponseSchema(value = AssessmentResponse.class, responseDescription = "The assessment; ETag carries its version.")
    @Operation(operationId = "assessment_get", summary = "Read one assessment")
    public Response get(@PathParam("id") UUID id) {
        Assessment assessment = assessments.require(id);
        audit.about(assessment.nhsNumber);
        return AssessmentResponse.ok(assessment);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({"practitioner", "care-coordinator"})
    @APIResponseSchema(value = AssessmentResponse.class, responseDescription = "The assessment; ETag carries its version.")
    @Operation(operationId = "assessment_update", summary = "Change what is recorded (JSON Merge Patch, needs If-Match)",
            description = "Send only the members to change; null removes one, and a list is replaced whole. Carers keep"
                    + " the ids the service gave them. Only a PLANNED or IN_PROGRESS assessment can change.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = AssessmentDetails.class),
            example = "{\"whatMattersToMe\": \"Getting back to the allotment on Saturdays.\", \"plannedDate\": null}"))
    public Response update(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) {
        long expected = Versions.required(ifMatch);
        Assessment assessment = assessments.update(id, expected,
                current -> mergePatch.apply(current, patch, AssessmentDetails.class));
        audit.about(assessment.nhsNumber);
        return AssessmentResponse.ok(assessment);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({"practitioner", "care-coordinator", "auditor"})
    @Operation(operationId = "assessment_history", summary = "Every version of an assessment, who made it and when, oldest first")
    public Page<VersionResponse> history(@PathParam("id") UUID id) {
        Assessment assessment = assessments.require(id);
        audit.about(assessment.nhsNumber);
        // An assessment has tens of versions at most: one page holds them all.
        return new Page<>(history.of(id).stream().map(VersionResponse::of).toList(), null);
    }

    @GET
    @Path("/{id}/eligibility")
    @RolesAllowed({"practitioner", "care-coordinator", "auditor"})
    @Operation(operationId = "assessment_eligibility", summary = "The eligibility determination of a completed assessment,"
            + " with its reasons")
    public EligibilityResponse eligibility(@PathParam("id") UUID id) {
        Assessment assessment = assessments.require(id);
        audit.about(assessment.nhsNumber);
        if (assessment.eligibility == null) {
            throw new NotFoundException("Assessment " + id + " has no determination yet: it is " + assessment.status
                    + ", and eligibility is determined when an assessment completes.");
        }
        return EligibilityResponse.of(assessment);
    }
}
