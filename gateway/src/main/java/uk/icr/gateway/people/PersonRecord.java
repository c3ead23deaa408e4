package uk.icr.gateway.people;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's whole record, composed from the four services at once. */
@Schema(name = "PersonRecord", description = "One person's assessments, care plan in force, budgets and carers.")
public record PersonRecord(
        String nhsNumber,
        @Schema(description = "Latest first, each with its eligibility.") Section assessments,
        @Schema(description = "The care plan in force (ACTIVE or UNDER_REVIEW), if any.") Section carePlan,
        @Schema(description = "Each budget with its balance.") Section budgets,
        @Schema(description = "The carers whose consent lets the caller's care team see them.") Section carers,
        OffsetDateTime composedAt) {
}
