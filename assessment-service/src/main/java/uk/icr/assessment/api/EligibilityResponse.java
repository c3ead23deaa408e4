package uk.icr.assessment.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.icr.assessment.Assessment;
import uk.icr.assessment.AssessmentStatus;
import uk.icr.assessment.eligibility.Determination;
import uk.icr.assessment.eligibility.Eligibility;

@Schema(name = "EligibilityDetermination", description = "A completed assessment's eligibility: the decision that"
        + " stands, the computed determination with its reasons, and any override with its justification.",
        example = "{\"assessmentId\": \"0b6f6f0e-5d0c-4a43-9f36-2b0c1d5f9a10\", \"nhsNumber\": \"9434765919\","
                + " \"status\": \"COMPLETED\", \"eligible\": true, \"computed\": {\"regulation\": \"Care and Support"
                + " (Eligibility Criteria) Regulations 2015, reg 2\", \"impairmentOrIllness\": true,"
                + " \"outcomesUnableToAchieve\": [\"NUTRITION\", \"PERSONAL_HYGIENE\"], \"significantImpactOnWellbeing\": true,"
                + " \"wellbeingDomainsImpacted\": [\"PERSONAL_DIGNITY\"], \"eligible\": true, \"reasons\": [\"Eligible: all"
                + " three conditions are met.\"]}, \"determinedAt\": \"2026-11-30T11:00:00Z\"}")
public record EligibilityResponse(UUID assessmentId, String nhsNumber, AssessmentStatus status, boolean eligible,
        Determination computed, Eligibility.Override override, OffsetDateTime determinedAt) {

    static EligibilityResponse of(Assessment a) {
        Eligibility e = a.eligibility;
        return new EligibilityResponse(a.id, a.nhsNumber, a.status, e.eligible(), e.computed(), e.override(), e.determinedAt());
    }
}
