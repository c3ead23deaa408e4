package uk.icr.budget.ledger;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.budget.components.ComponentRequest;

/** A ledger entry to post. Amounts are pence, positive; an adjustment alone may be negative. */
@Schema(name = "LedgerEntryRequest", description = "A ledger entry to post (needs Idempotency-Key).",
        example = "{\"type\": \"SPEND\", \"componentId\": \"7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b\", \"amountPence\": 4500,"
                + " \"occurredOn\": \"2026-11-23\", \"category\": \"PERSONAL_ASSISTANT_WAGES\","
                + " \"supplier\": \"Helping Hands Ltd\", \"serves\": \"goal: cook a meal once a week\"}")
public record EntryRequest(
        @NotNull EntryType type,
        @NotNull UUID componentId,
        @Schema(description = "Pence: positive, except an ADJUSTMENT, which may take money away (negative).")
        @NotNull @Min(-ComponentRequest.MAX_PENCE) @Max(ComponentRequest.MAX_PENCE) Long amountPence,
        @NotNull LocalDate occurredOn,
        @Schema(description = "Needed for a SPEND.") SpendCategory category,
        @Size(max = 200) String supplier,
        @Schema(description = "The care plan goal or action the money serves.") @Size(max = 200) String serves,
        @Schema(description = "Needed for an ADJUSTMENT.") @Size(max = 2000) String reason) {
}
