package uk.icr.assessment.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.icr.assessment.Assessment;
import uk.icr.assessment.AssessmentService;

@Path("/api/v1/assessments")
@Tag(name = "Assessments", description = "Joint health and social care assessments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    @POST
    @RolesAllowed({"practitioner", "care-coordinator"})
    @Operation(operationId = "assessment_create", summary = "Plan a new assessment for a person")
    public Response create(@NotNull @Valid CreateAssessmentRequest body) {
        Assessment assessment = assessments.plan(body.nhsNumber(), body.type());
        return Response.created(URI.create("/api/v1/assessments/" + assessment.id))
                .entity(AssessmentResponse.of(assessment))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"practitioner", "care-coordinator", "auditor"})
    @Operation(operationId = "assessment_get", summary = "Read one assessment")
    public AssessmentResponse get(@PathParam("id") UUID id) {
        return assessments.find(id).map(AssessmentResponse::of)
                .orElseThrow(() -> new NotFoundException("No assessment " + id));
    }
}
