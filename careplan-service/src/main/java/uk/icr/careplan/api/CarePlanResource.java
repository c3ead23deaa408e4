package uk.icr.careplan.api;

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

import uk.icr.careplan.CarePlan;
import uk.icr.careplan.CarePlanService;

@Path("/api/v1/care-plans")
@Tag(name = "Care plans", description = "Personalised care and support plans")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CarePlanResource {

    @Inject
    CarePlanService service;

    @POST
    @RolesAllowed({"care-coordinator", "practitioner"})
    @Operation(operationId = "careplan_create", summary = "Start a new care plan for a person")
    public Response create(@NotNull @Valid CreateCarePlanRequest body) {
        CarePlan carePlan = service.draft(body.nhsNumber());
        return Response.created(URI.create("/api/v1/care-plans/" + carePlan.id))
                .entity(CarePlanResponse.of(carePlan))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"care-coordinator", "practitioner", "auditor"})
    @Operation(operationId = "careplan_get", summary = "Read one care plan")
    public CarePlanResponse get(@PathParam("id") UUID id) {
        return service.find(id).map(CarePlanResponse::of)
                .orElseThrow(() -> new NotFoundException("No care plan " + id));
    }
}
