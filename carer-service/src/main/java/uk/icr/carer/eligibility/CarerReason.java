package uk.icr.carer.eligibility;

/**
 * Why a carer is "unable to achieve" an outcome, reg 3(4). Unlike an adult's needs (reg 2(3)(d)), taking
 * significantly longer than would normally be expected is not one of them: there is deliberately no such value.
 */
public enum CarerReason {
    /** (a) unable to achieve it without assistance. */
    NEEDS_ASSISTANCE,
    /** (b) able, but doing so causes the carer significant pain, distress or anxiety. */
    PAIN_DISTRESS_ANXIETY,
    /** (c) able, but doing so endangers or is likely to endanger the health or safety of the carer or others. */
    ENDANGERS_HEALTH_OR_SAFETY
}
