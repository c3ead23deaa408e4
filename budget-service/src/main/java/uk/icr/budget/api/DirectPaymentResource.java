package uk.icr.budget.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.icr.budget.directpayments.DirectPaymentReviews;
import uk.icr.budget.directpayments.ReviewRequest;
import uk.icr.kit.api.Versions;

/** A direct payment component's reviews: each sets when the next is due. */
@Path("/api/v1/budgets/{id}/components/{componentId}/direct-payment-reviews")
@Tag(name = "Budgets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DirectPaymentResource {

    @Inject
    DirectPaymentReviews reviews;

    @POST
    @RolesAllowed("budget-manager")
    @APIResponseSchema(value = BudgetResponse.class, responseDescription = "The budget, the component's next review set.")
    @APIResponse(responseCode = "409", description = "The component is not a direct payment, or the budget is not agreed.")
    @Operation(operationId = "budget_record_direct_payment_review",
            summary = "Record a direct payment review and when the next is due (needs If-Match)")
    public Response record(@PathParam("id") UUID id, @PathParam("componentId") UUID componentId,
            @HeaderParam(Versions.IF_MATCH) String ifMatch, @NotNull @Valid ReviewRequest body) {
        return BudgetResponse.ok(reviews.record(id, Versions.required(ifMatch), componentId, body));
    }
}
