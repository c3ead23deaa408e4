package uk.icr.assessment.eligibility;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The eligibility determination the service computes from the findings (reg 2): each condition, the
 * decision, and the reasons in words.
 */
@Schema(name = "Determination", description = "The eligibility decision computed from the findings under reg 2.",
        example = "{\"regulation\": \"Care and Support (Eligibility Criteria) Regulations 2015, reg 2\","
                + " \"impairmentOrIllness\": true, \"outcomesUnableToAchieve\": [\"NUTRITION\", \"PERSONAL_HYGIENE\"],"
                + " \"significantImpactOnWellbeing\": true, \"wellbeingDomainsImpacted\": [\"PERSONAL_DIGNITY\"],"
                + " \"eligible\": true, \"reasons\": [\"Condition 1 is met: the needs arise from a physical or mental"
                + " impairment or illness.\", \"Condition 2 is met: unable to achieve 2 of the specified outcomes"
                + " (managing and maintaining nutrition; maintaining personal hygiene).\", \"Condition 3 is met: there is"
                + " a significant impact on wellbeing (personal dignity).\", \"Eligible: all three conditions are met.\"]}")
public record Determination(
        String regulation,
        boolean impairmentOrIllness,
        List<Outcome> outcomesUnableToAchieve,
        boolean significantImpactOnWellbeing,
        List<WellbeingDomain> wellbeingDomainsImpacted,
        boolean eligible,
        List<String> reasons) {
}
