package uk.icr.carer.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.carer.Carer;
import uk.icr.carer.CarerStatus;

@Schema(name = "Carer", description = "An unpaid carer.",
        example = "{\"id\": \"0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10\", \"name\": \"Sam Okafor\", \"nhsNumber\": \"9990000034\","
                + " \"status\": \"IDENTIFIED\", \"createdAt\": \"2026-11-23T09:00:00Z\", \"version\": 0}")
public record CarerResponse(UUID id, String name, String nhsNumber, CarerStatus status, OffsetDateTime createdAt,
        long version) {

    static CarerResponse of(Carer c) {
        return new CarerResponse(c.id, c.name, c.nhsNumber, c.status, c.createdAt, c.version);
    }
}
