package uk.icr.budget.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.budget.Budget;
import uk.icr.budget.BudgetStatus;

@Schema(name = "Budget", description = "A person's budget.",
        example = "{\"id\": \"0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10\", \"nhsNumber\": \"9434765919\","
                + " \"status\": \"INDICATIVE\", \"createdAt\": \"2026-11-23T09:00:00Z\", \"version\": 0}")
public record BudgetResponse(UUID id, String nhsNumber, BudgetStatus status, OffsetDateTime createdAt, long version) {

    static BudgetResponse of(Budget x) {
        return new BudgetResponse(x.id, x.nhsNumber, x.status, x.createdAt, x.version);
    }
}
