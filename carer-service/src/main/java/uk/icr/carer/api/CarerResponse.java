package uk.icr.carer.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.icr.carer.Carer;
import uk.icr.carer.CarerStatus;
import uk.icr.carer.Employment;
import uk.icr.carer.IdentifiedVia;
import uk.icr.carer.consent.CarerAccess;
import uk.icr.carer.consent.ConsentCategory;
import uk.icr.carer.relationships.CaringFor;
import uk.icr.carer.support.SupportPlan;
import uk.icr.kit.api.Versions;

/**
 * A carer as the caller may see them. The whole record for carer-support workers and auditors; for a care
 * team, only what the carer's consent covers ({@code sharedByConsent}), the rest left out.
 */
@Schema(name = "Carer", description = "An unpaid carer; members the caller's access does not cover are left out.",
        example = "{\"id\": \"0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10\", \"name\": \"Margaret Evans\", \"phone\": \"07700 900123\","
                + " \"youngCarer\": false, \"caringFor\": [{\"caredForNhsNumber\": \"9434765919\", \"relationship\":"
                + " \"SPOUSE_OR_PARTNER\", \"livesWith\": true, \"hoursPerWeek\": 50}], \"status\": \"ASSESSMENT_OFFERED\","
                + " \"sharedByConsent\": [\"CONTACT\", \"CARING_ROLE\"], \"createdAt\": \"2026-11-23T09:00:00Z\","
                + " \"updatedAt\": \"2026-11-23T09:00:00Z\", \"version\": 1}")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CarerResponse(UUID id, String name, String nhsNumber, LocalDate dateOfBirth,
        @Schema(description = "Under 18.") boolean youngCarer,
        @Schema(description = "Always true for a young carer: children's services should consider a young carer's needs"
                + " assessment (Children and Families Act 2014 s96).") Boolean childrensServicesConsideration,
        String phone, String email, String address, Employment employment, IdentifiedVia identifiedVia,
        List<CaringFor> caringFor, SupportPlan supportPlan, CarerStatus status, String statusReason,
        @Schema(description = "For a care team: what the carer's consent lets be shared; absent on the whole record.")
        Set<ConsentCategory> sharedByConsent,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    static CarerResponse whole(Carer c, LocalDate today) {
        return new CarerResponse(c.id, c.name, c.nhsNumber, c.dateOfBirth, c.youngCarer(today), young(c, today), c.phone,
                c.email, c.address, c.employment, c.identifiedVia, c.caringFor, c.supportPlan, c.status, c.statusReason, null,
                c.createdAt, c.updatedAt, c.version);
    }

    /** Only the consented categories; only the caring relationships whose care team may see the caring role. */
    static CarerResponse shared(Carer c, Map<String, Set<ConsentCategory>> byCaredFor, LocalDate today) {
        Set<ConsentCategory> shared = CarerAccess.union(byCaredFor);
        boolean contact = shared.contains(ConsentCategory.CONTACT);
        boolean role = shared.contains(ConsentCategory.CARING_ROLE);
        return new CarerResponse(c.id, contact ? c.name : null, null, null, c.youngCarer(today), young(c, today),
                contact ? c.phone : null, contact ? c.email : null, contact ? c.address : null,
                role ? c.employment : null, role ? c.identifiedVia : null,
                role ? c.caringFor.stream().filter(r -> byCaredFor.getOrDefault(r.caredForNhsNumber(), Set.of())
                        .contains(ConsentCategory.CARING_ROLE)).toList() : null,
                shared.contains(ConsentCategory.SUPPORT_PLAN) ? c.supportPlan : null, c.status, null, Set.copyOf(shared),
                c.createdAt, c.updatedAt, c.version);
    }

    static Response ok(CarerResponse carer) {
        return Response.ok(carer).tag(Versions.etag(carer.version())).build();
    }

    private static Boolean young(Carer c, LocalDate today) {
        return c.youngCarer(today) ? Boolean.TRUE : null;
    }
}
