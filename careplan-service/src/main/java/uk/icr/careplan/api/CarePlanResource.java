package uk.icr.careplan.api;

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

import uk.icr.kit.api.Cursor;
import uk.icr.kit.audit.AuditContext;
import uk.icr.kit.api.Idempotency;
import uk.icr.kit.api.Page;
import uk.icr.kit.api.QueryParams;
import uk.icr.kit.api.Versions;
import uk.icr.kit.nhs.NhsNumber;
import uk.icr.careplan.CarePlan;
import uk.icr.careplan.CarePlanService;
import uk.icr.careplan.CarePlanStatus;

@Path("/api/v1/care-plans")
@Tag(name = "Care plans", description = "Personalised care and support plans")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CarePlanResource {

    @Inject
    CarePlanService service;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditContext audit;

    @POST
    @RolesAllowed({"care-coordinator", "practitioner"})
    @Operation(operationId = "careplan_create", summary = "Start a new care plan for a person")
    public Response create(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid CreateCarePlanRequest body) {
        return idempotency.execute(idempotencyKey, "careplan_create", body, () -> {
            CarePlan carePlan = service.draft(body.nhsNumber());
            return Response.created(URI.create("/api/v1/care-plans/" + carePlan.id))
                    .tag(Versions.etag(carePlan.version))
                    .entity(CarePlanResponse.of(carePlan))
                    .build();
        });
    }

    @GET
    @RolesAllowed({"care-coordinator", "practitioner", "auditor"})
    @Operation(operationId = "careplan_list", summary = "List a person's care plans, oldest first, a page at a time")
    public Page<CarePlanResponse> list(@QueryParam("nhsNumber") @NotNull @NhsNumber String nhsNumber,
            @QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Cursor.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor) {
        audit.about(nhsNumber);
        CarePlanStatus wanted = QueryParams.enumValue(CarePlanStatus.class, "status", status);
        return Page.of(service.list(nhsNumber, wanted, Cursor.decode(cursor), limit + 1), limit,
                CarePlanResponse::of, x -> new Cursor(x.createdAt, x.id).encode());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"care-coordinator", "practitioner", "auditor"})
    @Operation(operationId = "careplan_get", summary = "Read one care plan")
    public Response get(@PathParam("id") UUID id) {
        CarePlan carePlan = service.find(id).orElseThrow(() -> new NotFoundException("No care plan " + id + "."));
        audit.about(carePlan.nhsNumber);
        return Response.ok(CarePlanResponse.of(carePlan)).tag(Versions.etag(carePlan.version)).build();
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.WILDCARD) // a command has no body, so needs no Content-Type
    @RolesAllowed({"care-coordinator"})
    @Operation(operationId = "careplan_close", summary = "Close a care plan (needs If-Match)")
    public Response close(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        CarePlan carePlan = service.close(id, Versions.required(ifMatch));
        return Response.ok(CarePlanResponse.of(carePlan)).tag(Versions.etag(carePlan.version)).build();
    }
}
