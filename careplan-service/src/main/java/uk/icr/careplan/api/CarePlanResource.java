package uk.icr.careplan.api;

import java.net.URI;
import java.time.LocalDate;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import uk.icr.careplan.CarePlan;
import uk.icr.careplan.CarePlanDetails;
import uk.icr.careplan.CarePlanQuery;
import uk.icr.careplan.CarePlanService;
import uk.icr.careplan.CarePlanStatus;
import uk.icr.kit.api.Cursor;
import uk.icr.kit.api.Idempotency;
import uk.icr.kit.api.MergePatch;
import uk.icr.kit.api.Page;
import uk.icr.kit.api.QueryParams;
import uk.icr.kit.api.Versions;
import uk.icr.kit.audit.AuditContext;
import uk.icr.kit.history.VersionHistory;
import uk.icr.kit.nhs.NhsNumber;
import uk.icr.kit.problem.Problem;
import uk.icr.kit.problem.ProblemException;

/** Care plans as records: create, read, list, change, and read back every version. Commands are in {@link CarePlanCommands}. */
@Path("/api/v1/care-plans")
@Tag(name = "Care plans", description = "Personalised care and support plans")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CarePlanResource {

    @Inject
    CarePlanService plans;

    @Inject
    Idempotency idempotency;

    @Inject
    MergePatch mergePatch;

    @Inject
    VersionHistory history;

    @Inject
    AuditContext audit;

    @POST
    @RolesAllowed({"practitioner", "care-coordinator"})
    @APIResponseSchema(value = CarePlanResponse.class, responseCode = "201",
            responseDescription = "Created: Location names it, ETag carries its version.")
    @Operation(operationId = "careplan_create", summary = "Start a draft care plan for a person",
            description = "Only nhsNumber is needed; completing an eligible assessment also starts one.")
    public Response create(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @NotNull @Valid CarePlanDetails body) {
        audit.about(body.nhsNumber());
        return idempotency.execute(idempotencyKey, "careplan_create", body, () -> {
            CarePlan plan = plans.draft(body);
            return Response.created(URI.create("/api/v1/care-plans/" + plan.id)).tag(Versions.etag(plan.version))
                    .entity(CarePlanResponse.of(plan)).build();
        });
    }

    @GET
    @RolesAllowed({"practitioner", "care-coordinator", "budget-manager", "carer-support", "auditor"})
    @Operation(operationId = "careplan_list", summary = "List care plans by person or by coordinator, oldest first, a page at a time")
    public Page<CarePlanResponse> list(@QueryParam("nhsNumber") @NhsNumber String nhsNumber,
            @QueryParam("status") String status,
            @QueryParam("coordinator") String coordinator,
            @Schema(description = "Only plans whose next review is due before this day.")
            @QueryParam("reviewDueBefore") LocalDate reviewDueBefore,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Cursor.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor) {
        if (nhsNumber == null && (coordinator == null || coordinator.isBlank())) {
            throw new ProblemException(400, Problem.VALIDATION_FAILED, "The request is not valid",
                    "Name a person (nhsNumber) or a coordinator's caseload (coordinator).",
                    java.util.List.of(new Problem.FieldError("nhsNumber", "is needed unless coordinator is given")));
        }
        audit.about(nhsNumber);
        CarePlanQuery query = new CarePlanQuery(nhsNumber, QueryParams.enumValue(CarePlanStatus.class, "status", status),
                coordinator, reviewDueBefore);
        return Page.of(plans.list(query, Cursor.decode(cursor), limit + 1), limit, CarePlanResponse::of,
                p -> new Cursor(p.createdAt, p.id).encode());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"practitioner", "care-coordinator", "budget-manager", "carer-support", "auditor"})
    @APIResponseSchema(value = CarePlanResponse.class, responseDescription = "The plan; ETag carries its version.")
    @Operation(operationId = "careplan_get", summary = "Read one care plan")
    public Response get(@PathParam("id") UUID id) {
        CarePlan plan = plans.require(id);
        audit.about(plan.nhsNumber);
        return CarePlanResponse.ok(plan);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({"practitioner", "care-coordinator"})
    @APIResponseSchema(value = CarePlanResponse.class, responseDescription = "The plan; ETag carries its version.")
    @Operation(operationId = "careplan_update", summary = "Change the plan (JSON Merge Patch, needs If-Match)",
            description = "Send only the members to change; null removes one, and a list (goals, needs, ...) is replaced"
                    + " whole. A plan in force announces the sections that changed (CarePlanRevised).")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = CarePlanDetails.class),
            example = "{\"strengths\": [\"Loves his garden\"], \"periodEnd\": null}"))
    public Response update(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch, @NotNull JsonNode patch) {
        long expected = Versions.required(ifMatch);
        return CarePlanResponse.ok(plans.update(id, expected, current -> mergePatch.apply(current, patch, CarePlanDetails.class)));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({"practitioner", "care-coordinator", "budget-manager", "carer-support", "auditor"})
    @Operation(operationId = "careplan_history", summary = "Every version of a care plan, who made it and when, oldest first")
    public Page<CarePlanVersionResponse> history(@PathParam("id") UUID id) {
        audit.about(plans.require(id).nhsNumber);
        // A plan has tens of versions over its life: one page holds them all.
        return new Page<>(history.list(CarePlanService.RESOURCE, id).stream().map(CarePlanVersionResponse::of).toList(), null);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({"practitioner", "care-coordinator", "budget-manager", "carer-support", "auditor"})
    @Operation(operationId = "careplan_version", summary = "One earlier version of a care plan")
    public CarePlanVersionResponse version(@PathParam("id") UUID id, @PathParam("version") @Min(0) long version) {
        audit.about(plans.require(id).nhsNumber);
        return history.find(CarePlanService.RESOURCE, id, version).map(CarePlanVersionResponse::of)
                .orElseThrow(() -> new NotFoundException("Care plan " + id + " has no version " + version + "."));
    }
}
