package uk.icr.budget.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.budget.ledger.EntryType;
import uk.icr.budget.ledger.LedgerEntry;
import uk.icr.budget.ledger.SpendCategory;

@Schema(name = "LedgerEntry", description = "A recorded ledger entry: the signed amount and the balance after it.",
        example = "{\"id\": \"5d2e3f4a-1b2c-4d5e-8f90-a1b2c3d4e5f6\", \"componentId\": \"7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b\","
                + " \"type\": \"SPEND\", \"amountPence\": -4500, \"occurredOn\": \"2026-11-23\", \"category\":"
                + " \"PERSONAL_ASSISTANT_WAGES\", \"balanceAfterPence\": 405000, \"recordedBy\": \"bob.budgets\","
                + " \"recordedAt\": \"2026-11-23T10:00:00Z\"}")
public record EntryResponse(UUID id, UUID componentId, EntryType type,
        @Schema(description = "Signed: negative for money leaving the component.") long amountPence, LocalDate occurredOn,
        SpendCategory category, String supplier, String serves, String reason, long balanceAfterPence, String recordedBy,
        OffsetDateTime recordedAt) {

    static EntryResponse of(LedgerEntry e) {
        return new EntryResponse(e.id, e.componentId, e.type, e.amountPence, e.occurredOn, e.category, e.supplier, e.serves,
                e.reason, e.balanceAfterPence, e.recordedBy, e.recordedAt);
    }
}
