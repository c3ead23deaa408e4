package uk.icr.carer.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.carer.consent.Consent;
import uk.icr.carer.consent.ConsentCategory;
import uk.icr.kit.api.Versions;

@Schema(name = "CarerConsent", description = "A carer's consent to share, as recorded, and its withdrawal if any.")
public record ConsentResponse(UUID id, UUID carerId, Set<ConsentCategory> categories, Consent.Recipient recipient,
        String caredForNhsNumber, String organisation, String purpose, LocalDate validFrom, LocalDate validUntil,
        Consent.Status status, String recordedBy, OffsetDateTime recordedAt, String withdrawnBy, OffsetDateTime withdrawnAt,
        String withdrawalReason, long version) {

    static ConsentResponse of(Consent c) {
        return new ConsentResponse(c.id, c.carerId, c.categories(), c.recipient, c.caredForNhsNumber, c.organisation, c.purpose,
                c.validFrom, c.validUntil, c.status, c.recordedBy, c.recordedAt, c.withdrawnBy, c.withdrawnAt, c.withdrawalReason,
                c.version);
    }

    static Response ok(Consent c) {
        return Response.ok(of(c)).tag(Versions.etag(c.version)).build();
    }
}
