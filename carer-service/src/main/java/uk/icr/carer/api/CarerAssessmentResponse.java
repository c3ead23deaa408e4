package uk.icr.carer.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.carer.assessments.CarerAssessment;
import uk.icr.carer.eligibility.CarerDetermination;
import uk.icr.carer.eligibility.CarerFindings;
import uk.icr.kit.api.Versions;

@Schema(name = "CarerAssessment", description = "A carer's assessment; once completed, the reg 3 decision the service computed.")
public record CarerAssessmentResponse(UUID id, UUID carerId, CarerAssessment.Status status, CarerFindings findings,
        CarerDetermination determination, OffsetDateTime offeredAt, OffsetDateTime completedAt, String completedBy,
        long version) {

    static CarerAssessmentResponse of(CarerAssessment a) {
        return new CarerAssessmentResponse(a.id, a.carerId, a.status, a.findings, a.determination, a.offeredAt, a.completedAt,
                a.completedBy, a.version);
    }

    static Response ok(CarerAssessment a) {
        return Response.ok(of(a)).tag(Versions.etag(a.version)).build();
    }
}
