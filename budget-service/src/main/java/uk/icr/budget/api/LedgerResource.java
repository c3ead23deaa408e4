package uk.icr.budget.api;

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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.icr.budget.Budget;
import uk.icr.budget.BudgetService;
import uk.icr.budget.ledger.Balance;
import uk.icr.budget.ledger.EntryRequest;
import uk.icr.budget.ledger.Ledger;
import uk.icr.budget.ledger.LedgerEntry;
import uk.icr.kit.api.Cursor;
import uk.icr.kit.api.Idempotency;
import uk.icr.kit.api.Page;
import uk.icr.kit.problem.ProblemException;

/**
 * A budget's money: posting entries (each exactly once, by Idempotency-Key), reading them back, the balance
 * they add up to, and the s26 statement.
 */
@Path("/api/v1/budgets/{id}")
@Tag(name = "Budgets")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    @Inject
    BudgetService budgets;

    @Inject
    Ledger ledger;

    @Inject
    Idempotency idempotency;

    @POST
    @Path("/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("budget-manager")
    @APIResponseSchema(value = EntryResponse.class, responseCode = "201", responseDescription = "Recorded.")
    @APIResponse(responseCode = "409", description = "The budget is not AGREED or ACTIVE, or the date is outside its period.")
    @APIResponse(responseCode = "422", description = "Not enough money (the available balance is named), a category NHS"
            + " money may not pay for, or the Idempotency-Key was used for another entry.")
    @Operation(operationId = "budget_post_entry", summary = "Post a ledger entry (needs Idempotency-Key)",
            description = "A spend never takes a component below zero, however many are posted at once. A replay with the"
                    + " same key and body returns the first answer and records nothing.")
    public Response post(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid EntryRequest body) {
        if (idempotencyKey == null) {
            throw new ProblemException(400, "urn:icr:problem:idempotency-key-required", "Idempotency-Key required",
                    "Money moves once: send an Idempotency-Key (a UUID) with every entry, and the same key on a retry.");
        }
        budgets.require(id); // 404 before anything else, and the audit names the person
        return idempotency.execute(idempotencyKey, "budget_post_entry:" + id, body, () -> {
            LedgerEntry entry = ledger.post(id, body);
            return Response.created(URI.create("/api/v1/budgets/" + id + "/entries/" + entry.id))
                    .entity(EntryResponse.of(entry)).build();
        });
    }

    @GET
    @Path("/entries")
    @RolesAllowed({"budget-manager", "care-coordinator", "practitioner", "auditor"})
    @Operation(operationId = "budget_list_entries", summary = "The budget's ledger, in the order entries were recorded, a page"
            + " at a time")
    public Page<EntryResponse> entries(@PathParam("id") UUID id,
            @Parameter(description = "Only entries on or after this day.") @QueryParam("from") LocalDate from,
            @Parameter(description = "Only entries on or before this day.") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only this component's entries.") @QueryParam("component") UUID component,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursor.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor) {
        budgets.require(id);
        return Page.of(ledger.entries(id, from, to, component, Cursor.decode(cursor), limit + 1), limit, EntryResponse::of,
                e -> new Cursor(e.recordedAt, e.id).encode());
    }

    @GET
    @Path("/statement")
    @RolesAllowed({"budget-manager", "care-coordinator", "practitioner", "auditor"})
    @Operation(operationId = "budget_statement", summary = "The personal budget statement (Care Act s26)")
    public Statement statement(@PathParam("id") UUID id) {
        Budget budget = budgets.require(id);
        return Statement.of(budget, budget.components());
    }

    @GET
    @Path("/balance")
    @RolesAllowed({"budget-manager", "care-coordinator", "practitioner", "auditor"})
    @Operation(operationId = "budget_balance", summary = "Allocated, spent and remaining, per component and in total")
    public Balance balance(@PathParam("id") UUID id) {
        return ledger.balance(budgets.require(id));
    }
}
