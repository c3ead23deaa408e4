package uk.icr.carer.api;

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

import uk.icr.carer.Carer;
import uk.icr.carer.CarerService;

@Path("/api/v1/carers")
@Tag(name = "Carers", description = "Unpaid carers and their support")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CarerResource {

    @Inject
    CarerService service;

    @POST
    @RolesAllowed({"carer-support"})
    @Operation(operationId = "carer_create", summary = "Record a newly identified unpaid carer")
    public Response create(@NotNull @Valid CreateCarerRequest body) {
        Carer carer = service.identify(body.name(), body.nhsNumber());
        return Response.created(URI.create("/api/v1/carers/" + carer.id))
                .entity(CarerResponse.of(carer))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"carer-support", "auditor"})
    @Operation(operationId = "carer_get", summary = "Read one carer")
    public CarerResponse get(@PathParam("id") UUID id) {
        return service.find(id).map(CarerResponse::of)
                .orElseThrow(() -> new NotFoundException("No carer " + id));
    }
}
