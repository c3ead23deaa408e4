package uk.icr.carer.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.ForbiddenException;
import uk.icr.carer.Carer;
import uk.icr.carer.CarerDetails;
import uk.icr.carer.CarerQuery;
import uk.icr.carer.CarerService;
import uk.icr.carer.CarerStatus;
import uk.icr.carer.consent.CarerAccess;
import uk.icr.carer.consent.ConsentCategory;
import uk.icr.kit.api.Cursor;
import uk.icr.kit.api.Idempotency;
import uk.icr.kit.api.MergePatch;
import uk.icr.kit.api.Page;
import uk.icr.kit.api.QueryParams;
import uk.icr.kit.api.StatusReasonRequest;
import uk.icr.kit.api.Versions;
import uk.icr.kit.audit.AuditContext;
import uk.icr.kit.nhs.NhsNumber;
import uk.icr.kit.problem.ProblemException;

@Path("/api/v1/carers")
@Tag(name = "Carers", description = "Unpaid carers and their support")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CarerResource {

    @Inject
    CarerService service;

    @Inject
    CarerAccess access;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditContext audit;

    @Inject
    MergePatch mergePatch;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed("carer-support")
    @APIResponseSchema(value = CarerResponse.class, responseCode = "201",
            responseDescription = "Created: Location names it, ETag carries its version.")
    @Operation(operationId = "carer_create", summary = "Record a newly identified unpaid carer")
    public Response create(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @NotNull @Valid CarerDetails body) {
        audit.about(body.nhsNumber());
        return idempotency.execute(idempotencyKey, "carer_create", body, () -> {
            Carer carer = service.identify(body);
            return Response.created(URI.create("/api/v1/carers/" + carer.id)).tag(Versions.etag(carer.version))
                    .entity(CarerResponse.whole(carer, today())).build();
        });
    }

    @GET
    @RolesAllowed({"carer-support", "auditor", "practitioner", "care-coordinator"})
    @Operation(operationId = "carer_list", summary = "List carers, oldest first, a page at a time",
            description = "By the carer's own NHS number or the person they care for. A practitioner or care coordinator"
                    + " lists the carers of a person (caredForNhsNumber) and sees only the carers, and the parts of their"
                    + " record, that an active consent to share with that person's care team covers; each carer left out"
                    + " is audited as a denied read.")
    public Page<CarerResponse> list(@QueryParam("nhsNumber") @NhsNumber String nhsNumber,
            @Parameter(description = "The cared-for person's NHS number.") @QueryParam("caredForNhsNumber") @NhsNumber
            String caredForNhsNumber,
            @QueryParam("status") String status,
            @Parameter(description = "Only young carers (under 18), or only adults.") @QueryParam("youngCarer") Boolean youngCarer,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Cursor.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor) {
        access.requirePerson(caredForNhsNumber);
        if (nhsNumber == null && caredForNhsNumber == null) {
            throw ProblemException.invalid("caredForNhsNumber", "or nhsNumber is needed");
        }
        if (nhsNumber != null && !access.wholeRecord()) {
            // A carer's own NHS number is not shared with a care team, so it cannot be searched by either.
            throw ProblemException.invalid("nhsNumber", "cannot be searched by a care team: list by caredForNhsNumber");
        }
        audit.about(caredForNhsNumber != null ? caredForNhsNumber : nhsNumber);
        CarerQuery query = new CarerQuery(nhsNumber, caredForNhsNumber, QueryParams.enumValue(CarerStatus.class, "status", status),
                youngCarer);
        Page<CarerResponse> page = Page.of(service.list(query, Cursor.decode(cursor), limit + 1), limit,
                carer -> view(carer, caredForNhsNumber), carer -> new Cursor(carer.createdAt, carer.id).encode());
        return new Page<>(page.items().stream().filter(Objects::nonNull).toList(), page.nextCursor());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"carer-support", "auditor", "practitioner", "care-coordinator"})
    @APIResponseSchema(value = CarerResponse.class, responseDescription = "The carer, as far as the caller may see; ETag"
            + " carries its version.")
    @APIResponse(responseCode = "403", description = "No active consent of this carer covers the caller's care team.")
    @Operation(operationId = "carer_get", summary = "Read one carer")
    public Response get(@PathParam("id") UUID id, @Parameter(description = "For a care team: the cared-for person whose"
            + " record the carer is read through.") @QueryParam("caredForNhsNumber") @NhsNumber String caredForNhsNumber) {
        access.requirePerson(caredForNhsNumber);
        Carer carer = service.require(id);
        audit.about(caredForNhsNumber != null ? caredForNhsNumber : carer.nhsNumber);
        if (access.wholeRecord()) {
            return CarerResponse.ok(CarerResponse.whole(carer, today()));
        }
        Map<String, Set<ConsentCategory>> visible = access.visible(carer, caredForNhsNumber);
        if (CarerAccess.union(visible).isEmpty()) {
            throw new ForbiddenException("No consent of this carer lets their details be shared with " + caredForNhsNumber
                    + "'s care team.");
        }
        return CarerResponse.ok(CarerResponse.shared(carer, visible, today()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed("carer-support")
    @APIResponseSchema(value = CarerResponse.class, responseDescription = "The carer; ETag carries its version.")
    @Operation(operationId = "carer_update", summary = "Change what is recorded (JSON Merge Patch, needs If-Match)",
            description = "Send only the members to change; null removes one, and caringFor is replaced whole (the plan"
                    + " and assessment links of a relationship that stays are kept).")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = CarerDetails.class),
            example = "{\"phone\": \"07700 900999\", \"employment\": \"EMPLOYED_PART_TIME\"}"))
    public Response update(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch, @NotNull JsonNode patch) {
        long expected = Versions.required(ifMatch);
        Carer carer = service.update(id, expected, current -> mergePatch.apply(current, patch, CarerDetails.class));
        audit.about(carer.nhsNumber);
        return CarerResponse.ok(CarerResponse.whole(carer, today()));
    }

    @POST
    @Path("/{id}/offer-assessment")
    @Consumes(MediaType.WILDCARD) // a command has no body, so needs no Content-Type
    @RolesAllowed("carer-support")
    @APIResponseSchema(value = CarerResponse.class, responseDescription = "The carer, ASSESSMENT_OFFERED.")
    @Operation(operationId = "carer_offer_assessment", summary = "Offer the carer a carer's assessment (needs If-Match)")
    public Response offerAssessment(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        return CarerResponse.ok(CarerResponse.whole(service.offerAssessment(id, Versions.required(ifMatch)), today()));
    }

    @POST
    @Path("/{id}/stop-caring")
    @RolesAllowed("carer-support")
    @APIResponseSchema(value = CarerResponse.class, responseDescription = "The carer, NO_LONGER_CARING.")
    @Operation(operationId = "carer_stop_caring", summary = "Record that the carer no longer cares, with the reason"
            + " (needs If-Match)")
    public Response stopCaring(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @NotNull @Valid StatusReasonRequest body) {
        return CarerResponse.ok(CarerResponse.whole(service.stopCaring(id, Versions.required(ifMatch), body.reason()), today()));
    }

    /** The carer as the caller may see them, or null (and a denied read audited) when nothing is shared. */
    private CarerResponse view(Carer carer, String caredForNhsNumber) {
        if (access.wholeRecord()) {
            return CarerResponse.whole(carer, today());
        }
        Map<String, Set<ConsentCategory>> visible = access.visible(carer, caredForNhsNumber);
        if (CarerAccess.union(visible).isEmpty()) {
            access.denied(carer, caredForNhsNumber);
            return null;
        }
        return CarerResponse.shared(carer, visible, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
