package uk.icr.assessment.eligibility;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The eligibility of a completed assessment: what the rules computed, the assessor's override if any,
 * and the decision that stands.
 */
@Schema(name = "Eligibility", description = "The computed determination, any override, and the decision that stands.",
        example = "{\"eligible\": true, \"computed\": {\"regulation\": \"Care and Support (Eligibility Criteria)"
                + " Regulations 2015, reg 2\", \"impairmentOrIllness\": true, \"outcomesUnableToAchieve\": [\"NUTRITION\"],"
                + " \"significantImpactOnWellbeing\": true, \"wellbeingDomainsImpacted\": [\"HEALTH\"], \"eligible\": false,"
                + " \"reasons\": [\"Condition 2 is not met: unable to achieve 1 (managing and maintaining nutrition) of the"
                + " specified outcomes; at least 2 are needed.\"]}, \"override\": {\"eligible\": true, \"justification\":"
                + " \"Fluctuating needs understated on the day.\", \"recordedBy\": \"sam.social-worker\","
                + " \"recordedAt\": \"2026-11-30T11:00:00Z\"}, \"determinedAt\": \"2026-11-30T11:00:00Z\"}")
public record Eligibility(
        @Schema(description = "The decision that stands: the override's when there is one, else the computed one.")
        boolean eligible,
        Determination computed,
        @Schema(description = "The assessor's different decision, if any.") Override override,
        OffsetDateTime determinedAt) {

    /** An override as recorded: the decision, its justification, who recorded it and when. */
    @Schema(name = "RecordedOverride", description = "An assessor's recorded override.",
            example = "{\"eligible\": true, \"justification\": \"Fluctuating needs understated on the day.\","
                    + " \"recordedBy\": \"sam.social-worker\", \"recordedAt\": \"2026-11-23T10:15:00Z\"}")
    public record Override(boolean eligible, String justification, String recordedBy, OffsetDateTime recordedAt) {
    }

    public boolean overridden() {
        return override != null;
    }
}
