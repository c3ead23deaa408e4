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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.icr.assessment.Assessment;
import uk.icr.assessment.AssessmentService;
import uk.icr.assessment.AssessmentStatus;
import uk.icr.kit.api.Cursor;
import uk.icr.kit.audit.AuditContext;
import uk.icr.kit.api.Idempotency;
import uk.icr.kit.api.Page;
import uk.icr.kit.api.QueryParams;
import uk.icr.kit.api.Versions;
import uk.icr.kit.nhs.NhsNumber;

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
    AuditContext audit;

    @POST
    @RolesAllowed({"practitioner", "care-coordinator"})
    @Operation(operationId = "assessment_create", summary = "Plan a new assessment for a person")
    public Response create(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid CreateAssessmentRequest body) {
        return idempotency.execute(idempotencyKey, "assessment_create", body, () -> {
            Assessment assessment = assessments.plan(body.nhsNumber(), body.type());
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
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Cursor.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor) {
        audit.about(nhsNumber);
        AssessmentStatus wanted = QueryParams.enumValue(AssessmentStatus.class, "status", status);
        return Page.of(assessments.list(nhsNumber, wanted, Cursor.decode(cursor), limit + 1), limit,
                AssessmentResponse::of, a -> new Cursor(a.createdAt, a.id).encode());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"practitioner", "care-coordinator", "auditor"})
    @Operation(operationId = "assessment_get", summary = "Read one assessment")
    public Response get(@PathParam("id") UUID id) {
        Assessment assessment = assessments.find(id).orElseThrow(() -> new NotFoundException("No assessment " + id + "."));
        audit.about(assessment.nhsNumber);
        return Response.ok(AssessmentResponse.of(assessment)).tag(Versions.etag(assessment.version)).build();
    }

    @POST
    @Path("/{id}/start")
    @Consumes(MediaType.WILDCARD) // a command has no body, so needs no Content-Type
    @RolesAllowed({"practitioner", "care-coordinator"})
    @Operation(operationId = "assessment_start", summary = "Start a planned assessment (needs If-Match)")
    public Response start(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        Assessment assessment = assessments.start(id, Versions.required(ifMatch));
        return Response.ok(AssessmentResponse.of(assessment)).tag(Versions.etag(assessment.version)).build();
    }
}
