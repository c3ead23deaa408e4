package uk.icr.gateway.people;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import uk.icr.gateway.edge.CorrelationIds;
import uk.icr.gateway.edge.EdgeProblem;

/** The person's whole record, for a care team: one call instead of four. */
@Path("/api/v1/people/{nhsNumber}")
@Tag(name = "People", description = "One person's record across the four services.")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PersonRecordResource {

    @Inject
    PersonRecords records;

    @GET
    @Path("/record")
    @SecurityRequirement(name = "bearer")
    @APIResponseSchema(value = PersonRecord.class, responseDescription = "Every section, each available or saying why not.")
    @APIResponse(responseCode = "400", description = "Not a valid NHS number.")
    @Operation(operationId = "gateway_person_record", summary = "A person's assessments, care plan in force, budgets"
            + " with balances and carers, composed from the four services",
            description = "Each service applies its own roles and consent to the caller's token: a section the caller may"
                    + " not see, or whose service is down or slow, is marked unavailable with the reason, and the rest"
                    + " still answer (200).")
    public Uni<Response> record(@PathParam("nhsNumber") String nhsNumber, @HeaderParam("Authorization") String authorization,
            @HeaderParam(CorrelationIds.HEADER) String correlationId) {
        if (!NhsNumbers.valid(nhsNumber)) {
            EdgeProblem problem = new EdgeProblem("urn:icr:problem:validation-failed", "The request is not valid", 400,
                    nhsNumber + " is not a valid NHS number (10 digits with a modulus 11 check digit).");
            return Uni.createFrom().item(Response.status(400).type(EdgeProblem.MEDIA_TYPE)
                    .entity(problem.toJson("/api/v1/people/" + nhsNumber + "/record").encode()).build());
        }
        return records.compose(nhsNumber, new ServiceCalls.Caller(authorization, correlationId))
                .map(record -> Response.ok(record).build());
    }
}
