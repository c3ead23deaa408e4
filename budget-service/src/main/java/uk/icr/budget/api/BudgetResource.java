package uk.icr.budget.api;

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

import uk.icr.budget.Budget;
import uk.icr.budget.BudgetService;

@Path("/api/v1/budgets")
@Tag(name = "Budgets", description = "Integrated personal budgets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

    @Inject
    BudgetService service;

    @POST
    @RolesAllowed({"budget-manager"})
    @Operation(operationId = "budget_create", summary = "Start a new budget for a person")
    public Response create(@NotNull @Valid CreateBudgetRequest body) {
        Budget budget = service.indicative(body.nhsNumber());
        return Response.created(URI.create("/api/v1/budgets/" + budget.id))
                .entity(BudgetResponse.of(budget))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"budget-manager", "care-coordinator", "auditor"})
    @Operation(operationId = "budget_get", summary = "Read one budget")
    public BudgetResponse get(@PathParam("id") UUID id) {
        return service.find(id).map(BudgetResponse::of)
                .orElseThrow(() -> new NotFoundException("No budget " + id));
    }
}
