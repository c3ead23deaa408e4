package uk.icr.carer.consent;

/** What a consent lets be shared about the carer. */
public enum ConsentCategory {
    /** Name and how to reach them. */
    CONTACT,
    /** Whom they care for, how, and for how long. */
    CARING_ROLE,
    /** Their carer's assessments and decisions. */
    ASSESSMENT,
    /** Their support plan, with its emergency plan. */
    SUPPORT_PLAN
}
