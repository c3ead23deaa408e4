package uk.icr.assessment.eligibility;

/** Why a person counts as unable to achieve an outcome (reg 2(3)): any one is enough. */
public enum UnableReason {
    NEEDS_ASSISTANCE,
    PAIN_DISTRESS_ANXIETY,
    ENDANGERS_HEALTH_OR_SAFETY,
    TAKES_SIGNIFICANTLY_LONGER
}
