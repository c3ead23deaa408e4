package uk.icr.careplan.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.careplan.CarePlan;
import uk.icr.careplan.CarePlanStatus;

@Schema(name = "CarePlan", description = "A person's care plan.",
        example = "{\"id\": \"0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10\", \"nhsNumber\": \"9434765919\","
                + " \"status\": \"DRAFT\", \"createdAt\": \"2026-11-23T09:00:00Z\", \"version\": 0}")
public record CarePlanResponse(UUID id, String nhsNumber, CarePlanStatus status, OffsetDateTime createdAt, long version) {

    static CarePlanResponse of(CarePlan x) {
        return new CarePlanResponse(x.id, x.nhsNumber, x.status, x.createdAt, x.version);
    }
}
