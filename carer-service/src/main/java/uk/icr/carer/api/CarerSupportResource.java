package uk.icr.carer.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.icr.carer.Carer;
import uk.icr.carer.CarerService;
import uk.icr.carer.assessments.CarerAssessment;
import uk.icr.carer.assessments.CarerAssessments;
import uk.icr.carer.consent.CarerAccess;
import uk.icr.carer.consent.Consent;
import uk.icr.carer.consent.ConsentCategory;
import uk.icr.carer.consent.ConsentRequest;
import uk.icr.carer.consent.Consents;
import uk.icr.carer.eligibility.CarerFindings;
import uk.icr.carer.support.SupportPlan;
import uk.icr.carer.support.SupportPlans;
import uk.icr.kit.api.StatusReasonRequest;
import uk.icr.kit.api.Versions;
import uk.icr.kit.audit.AuditContext;
import uk.icr.kit.nhs.NhsNumber;

/** A carer's assessments, support plan and consents to share: the parts of the record a care team may see by consent. */
@Path("/api/v1/carers/{id}")
@Tag(name = "Carers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CarerSupportResource {

    private static final String CARED_FOR = "For a care team: the cared-for person whose record the carer is read through.";

    @Inject
    CarerService carers;

    @Inject
    CarerAssessments assessments;

    @Inject
    SupportPlans supportPlans;

    @Inject
    Consents consents;

    @Inject
    CarerAccess access;

    @Inject
    AuditContext audit;

    @Inject
    Clock clock;

    @POST
    @Path("/assessments")
    @RolesAllowed("carer-support")
    @APIResponseSchema(value = CarerAssessmentResponse.class, responseCode = "201", responseDescription = "Started.")
    @APIResponse(responseCode = "409", description = "Another is in progress, or the carer has stopped caring.")
    @Operation(operationId = "carer_start_assessment", summary = "Start a carer's assessment (the one offered, if any)"
            + " with the findings so far")
    public Response startAssessment(@PathParam("id") UUID id, @NotNull @Valid CarerFindings body) {
        carer(id);
        CarerAssessment assessment = assessments.start(id, body);
        return Response.created(URI.create("/api/v1/carers/" + id + "/assessments/" + assessment.id))
                .tag(Versions.etag(assessment.version)).entity(CarerAssessmentResponse.of(assessment)).build();
    }

    @GET
    @Path("/assessments")
    @RolesAllowed({"carer-support", "auditor", "practitioner", "care-coordinator"})
    @Operation(operationId = "carer_list_assessments", summary = "The carer's assessments, oldest first"
            + " (a care team needs the carer's consent to share ASSESSMENT)")
    public List<CarerAssessmentResponse> listAssessments(@PathParam("id") UUID id,
            @Parameter(description = CARED_FOR) @QueryParam("caredForNhsNumber") @NhsNumber String caredForNhsNumber) {
        Carer carer = carer(id);
        access.require(carer, ConsentCategory.ASSESSMENT, caredForNhsNumber);
        return assessments.list(carer.id).stream().map(CarerAssessmentResponse::of).toList();
    }

    @GET
    @Path("/assessments/{assessmentId}")
    @RolesAllowed({"carer-support", "auditor", "practitioner", "care-coordinator"})
    @APIResponseSchema(value = CarerAssessmentResponse.class, responseDescription = "The assessment; ETag carries its version.")
    @Operation(operationId = "carer_get_assessment", summary = "Read one of the carer's assessments")
    public Response getAssessment(@PathParam("id") UUID id, @PathParam("assessmentId") UUID assessmentId,
            @Parameter(description = CARED_FOR) @QueryParam("caredForNhsNumber") @NhsNumber String caredForNhsNumber) {
        Carer carer = carer(id);
        access.require(carer, ConsentCategory.ASSESSMENT, caredForNhsNumber);
        return CarerAssessmentResponse.ok(assessments.require(carer.id, assessmentId));
    }

    @POST
    @Path("/assessments/{assessmentId}/complete")
    @RolesAllowed("carer-support")
    @APIResponseSchema(value = CarerAssessmentResponse.class, responseDescription = "COMPLETED, with the decision.")
    @APIResponse(responseCode = "422", description = "Findings the decision needs are missing: each is listed.")
    @Operation(operationId = "carer_complete_assessment", summary = "Complete a carer's assessment with the final"
            + " findings; the service decides eligibility (reg 3) (needs If-Match)")
    public Response completeAssessment(@PathParam("id") UUID id, @PathParam("assessmentId") UUID assessmentId,
            @HeaderParam(Versions.IF_MATCH) String ifMatch, @NotNull @Valid CarerFindings body) {
        carer(id);
        return CarerAssessmentResponse.ok(assessments.complete(id, assessmentId, Versions.required(ifMatch), body));
    }

    @PUT
    @Path("/support-plan")
    @RolesAllowed("carer-support")
    @APIResponseSchema(value = CarerResponse.class, responseDescription = "The carer, SUPPORTED, with the plan.")
    @Operation(operationId = "carer_agree_support_plan", summary = "Agree (or revise) the carer's support plan and"
            + " emergency plan (needs If-Match of the carer)")
    public Response agreeSupportPlan(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @NotNull @Valid SupportPlan body) {
        Carer carer = supportPlans.agree(id, Versions.required(ifMatch), body);
        audit.about(carer.nhsNumber);
        return CarerResponse.ok(CarerResponse.whole(carer, LocalDate.now(clock)));
    }

    @GET
    @Path("/support-plan")
    @RolesAllowed({"carer-support", "auditor", "practitioner", "care-coordinator"})
    @APIResponseSchema(value = SupportPlan.class, responseDescription = "The support plan and its emergency plan.")
    @Operation(operationId = "carer_get_support_plan", summary = "Read the carer's support plan"
            + " (a care team needs the carer's consent to share SUPPORT_PLAN)")
    public SupportPlan supportPlan(@PathParam("id") UUID id,
            @Parameter(description = CARED_FOR) @QueryParam("caredForNhsNumber") @NhsNumber String caredForNhsNumber) {
        Carer carer = carer(id);
        access.require(carer, ConsentCategory.SUPPORT_PLAN, caredForNhsNumber);
        if (carer.supportPlan == null) {
            throw new NotFoundException("Carer " + id + " has no support plan yet.");
        }
        return carer.supportPlan;
    }

    @POST
    @Path("/consents")
    @RolesAllowed("carer-support")
    @APIResponseSchema(value = ConsentResponse.class, responseCode = "201", responseDescription = "Recorded, ACTIVE.")
    @Operation(operationId = "carer_grant_consent", summary = "Record a consent to share the carer gave")
    public Response grantConsent(@PathParam("id") UUID id, @NotNull @Valid ConsentRequest body) {
        carer(id);
        Consent consent = consents.grant(id, body);
        return Response.created(URI.create("/api/v1/carers/" + id + "/consents/" + consent.id))
                .tag(Versions.etag(consent.version)).entity(ConsentResponse.of(consent)).build();
    }

    @GET
    @Path("/consents")
    @RolesAllowed({"carer-support", "auditor"})
    @Operation(operationId = "carer_list_consents", summary = "Every consent the carer gave, withdrawn ones too, oldest first")
    public List<ConsentResponse> listConsents(@PathParam("id") UUID id) {
        return consents.list(carer(id).id).stream().map(ConsentResponse::of).toList();
    }

    @POST
    @Path("/consents/{consentId}/withdraw")
    @RolesAllowed("carer-support")
    @APIResponseSchema(value = ConsentResponse.class, responseDescription = "WITHDRAWN, from now on; ETag carries its version.")
    @Operation(operationId = "carer_withdraw_consent", summary = "Withdraw a consent, with the reason: it stops at once"
            + " (needs If-Match of the consent)")
    public Response withdrawConsent(@PathParam("id") UUID id, @PathParam("consentId") UUID consentId,
            @HeaderParam(Versions.IF_MATCH) String ifMatch, @NotNull @Valid StatusReasonRequest body) {
        carer(id);
        return ConsentResponse.ok(consents.withdraw(id, consentId, Versions.required(ifMatch), body.reason()));
    }

    private Carer carer(UUID id) {
        Carer carer = carers.require(id);
        audit.about(carer.nhsNumber);
        return carer;
    }
}
