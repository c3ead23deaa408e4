package uk.icr.budget.api;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import uk.icr.kit.api.Cursor;
import uk.icr.kit.api.MergePatch;
import uk.icr.kit.audit.AuditContext;
import uk.icr.kit.api.Idempotency;
import uk.icr.kit.api.Page;
import uk.icr.kit.api.QueryParams;
import uk.icr.kit.api.StatusReasonRequest;
import uk.icr.kit.api.Versions;
import uk.icr.kit.nhs.NhsNumber;
import uk.icr.budget.Budget;
import uk.icr.budget.BudgetProposal;
import uk.icr.budget.BudgetService;
import uk.icr.budget.BudgetStatus;

@Path("/api/v1/budgets")
@Tag(name = "Budgets", description = "Integrated personal budgets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

    @Inject
    BudgetService service;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditContext audit;

    @Inject
    MergePatch mergePatch;

    @POST
    @RolesAllowed({"budget-manager"})
    @APIResponseSchema(value = BudgetResponse.class, responseCode = "201",
            responseDescription = "Created: Location names it, ETag carries its version.")
    @APIResponse(responseCode = "422", description = "A council component's figures do not add up, or the"
            + " Idempotency-Key was used for another request.")
    @Operation(operationId = "budget_create", summary = "Propose an indicative budget for a person")
    public Response create(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid BudgetProposal body) {
        audit.about(body.nhsNumber());
        return idempotency.execute(idempotencyKey, "budget_create", body, () -> {
            Budget budget = service.propose(body);
            return Response.created(URI.create("/api/v1/budgets/" + budget.id))
                    .tag(Versions.etag(budget.version))
                    .entity(BudgetResponse.of(budget))
                    .build();
        });
    }

    @GET
    @RolesAllowed({"budget-manager", "care-coordinator", "practitioner", "auditor"})
    @Operation(operationId = "budget_list", summary = "List a person's budgets, oldest first, a page at a time")
    public Page<BudgetResponse> list(@QueryParam("nhsNumber") @NotNull @NhsNumber String nhsNumber,
            @QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Cursor.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor) {
        audit.about(nhsNumber);
        BudgetStatus wanted = QueryParams.enumValue(BudgetStatus.class, "status", status);
        return Page.of(service.list(nhsNumber, wanted, Cursor.decode(cursor), limit + 1), limit,
                BudgetResponse::of, x -> new Cursor(x.createdAt, x.id).encode());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"budget-manager", "care-coordinator", "practitioner", "auditor"})
    @APIResponseSchema(value = BudgetResponse.class, responseDescription = "The budget; ETag carries its version.")
    @Operation(operationId = "budget_get", summary = "Read one budget")
    public Response get(@PathParam("id") UUID id) {
        return BudgetResponse.ok(service.require(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed("budget-manager")
    @APIResponseSchema(value = BudgetResponse.class, responseDescription = "The budget; ETag carries its version.")
    @APIResponse(responseCode = "409", description = "The budget is no longer INDICATIVE: its money changes through"
            + " ledger entries.")
    @Operation(operationId = "budget_update", summary = "Change an indicative budget (JSON Merge Patch, needs If-Match)",
            description = "Send only the members to change; null removes one, and the components list is replaced whole"
                    + " (its components get new ids). Only an INDICATIVE budget can change.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = BudgetProposal.class),
            example = "{\"periodEnd\": \"2027-11-30\"}"))
    public Response update(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) {
        long expected = Versions.required(ifMatch);
        return BudgetResponse.ok(service.update(id, expected,
                current -> mergePatch.apply(current, patch, BudgetProposal.class)));
    }

    @POST
    @Path("/{id}/agree")
    @Consumes(MediaType.WILDCARD) // a command has no body, so needs no Content-Type
    @RolesAllowed({"budget-manager", "care-coordinator"})
    @APIResponseSchema(value = BudgetResponse.class, responseDescription = "The budget, AGREED, its allocations in the ledger.")
    @Operation(operationId = "budget_agree", summary = "Agree an indicative budget (needs If-Match)")
    public Response agree(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        return BudgetResponse.ok(service.agree(id, Versions.required(ifMatch)));
    }

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed("budget-manager")
    @APIResponseSchema(value = BudgetResponse.class, responseDescription = "The budget, SUSPENDED.")
    @Operation(operationId = "budget_suspend", summary = "Suspend a budget, with the reason (needs If-Match)")
    public Response suspend(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @NotNull @Valid StatusReasonRequest body) {
        return BudgetResponse.ok(service.suspend(id, Versions.required(ifMatch), body.reason()));
    }

    @POST
    @Path("/{id}/resume")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("budget-manager")
    @APIResponseSchema(value = BudgetResponse.class, responseDescription = "The budget, ACTIVE if its care plan is in"
            + " force, AGREED otherwise.")
    @Operation(operationId = "budget_resume", summary = "Resume a suspended budget (needs If-Match)")
    public Response resume(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        return BudgetResponse.ok(service.resume(id, Versions.required(ifMatch)));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed("budget-manager")
    @APIResponseSchema(value = BudgetResponse.class, responseDescription = "The budget, CLOSED.")
    @Operation(operationId = "budget_close", summary = "Close a budget, with the reason (needs If-Match)")
    public Response close(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @NotNull @Valid StatusReasonRequest body) {
        return BudgetResponse.ok(service.close(id, Versions.required(ifMatch), body.reason()));
    }
}
