package uk.icr.carer.api;

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
import uk.icr.carer.Carer;
import uk.icr.carer.CarerService;
import uk.icr.carer.CarerStatus;

@Path("/api/v1/carers")
@Tag(name = "Carers", description = "Unpaid carers and their support")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CarerResource {

    @Inject
    CarerService service;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditContext audit;

    @POST
    @RolesAllowed({"carer-support"})
    @Operation(operationId = "carer_create", summary = "Record a newly identified unpaid carer")
    public Response create(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid CreateCarerRequest body) {
        return idempotency.execute(idempotencyKey, "carer_create", body, () -> {
            Carer carer = service.identify(body.name(), body.nhsNumber());
            return Response.created(URI.create("/api/v1/carers/" + carer.id))
                    .tag(Versions.etag(carer.version))
                    .entity(CarerResponse.of(carer))
                    .build();
        });
    }

    @GET
    @RolesAllowed({"carer-support", "auditor"})
    @Operation(operationId = "carer_list", summary = "List the carer records with a carer's own NHS number, oldest first, a page at a time")
    public Page<CarerResponse> list(@QueryParam("nhsNumber") @NotNull @NhsNumber String nhsNumber,
            @QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Cursor.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor) {
        audit.about(nhsNumber);
        CarerStatus wanted = QueryParams.enumValue(CarerStatus.class, "status", status);
        return Page.of(service.list(nhsNumber, wanted, Cursor.decode(cursor), limit + 1), limit,
                CarerResponse::of, x -> new Cursor(x.createdAt, x.id).encode());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"carer-support", "auditor"})
    @Operation(operationId = "carer_get", summary = "Read one carer")
    public Response get(@PathParam("id") UUID id) {
        Carer carer = service.find(id).orElseThrow(() -> new NotFoundException("No carer " + id + "."));
        audit.about(carer.nhsNumber);
        return Response.ok(CarerResponse.of(carer)).tag(Versions.etag(carer.version)).build();
    }

    @POST
    @Path("/{id}/offer-assessment")
    @Consumes(MediaType.WILDCARD) // a command has no body, so needs no Content-Type
    @RolesAllowed({"carer-support"})
    @Operation(operationId = "carer_offer_assessment", summary = "Offer the carer a carer's assessment (needs If-Match)")
    public Response offerAssessment(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        Carer carer = service.offerAssessment(id, Versions.required(ifMatch));
        return Response.ok(CarerResponse.of(carer)).tag(Versions.etag(carer.version)).build();
    }
}
