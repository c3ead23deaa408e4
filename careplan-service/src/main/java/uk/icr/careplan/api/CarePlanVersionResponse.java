package uk.icr.careplan.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import uk.icr.kit.history.Version;

@Schema(name = "CarePlanVersion", description = "One version of a care plan, who made it, when and how.",
        example = "{\"version\": 1, \"action\": \"UPDATED\", \"changedAt\": \"2026-11-30T10:00:00Z\","
                + " \"changedBy\": \"cara.coordinator\", \"organisation\": \"E08000026\", \"carePlan\":"
                + " {\"id\": \"3c1f8a2e-2b7d-4e9a-9f10-5a6b7c8d9e0f\", \"nhsNumber\": \"9434765919\", \"status\": \"DRAFT\","
                + " \"version\": 1}}")
public record CarePlanVersionResponse(long version,
        @Schema(enumeration = {"CREATED", "UPDATED", "ACTIVATED", "REVIEWED", "BUDGET_UPDATED", "CLOSED",
                "ENTERED_IN_ERROR"}) String action,
        OffsetDateTime changedAt,
        @Schema(description = "The token subject of who made the change; system for the service itself.") String changedBy,
        @Schema(description = "Their organisation's ODS code, when the token names it.") String organisation,
        @Schema(description = "The plan as it was at this version.", implementation = CarePlanResponse.class)
        JsonNode carePlan) {

    static CarePlanVersionResponse of(Version v) {
        return new CarePlanVersionResponse(v.version(), v.action(), v.changedAt(), v.changedBy(), v.organisation(), v.snapshot());
    }
}
