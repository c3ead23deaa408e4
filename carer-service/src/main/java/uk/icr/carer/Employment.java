package uk.icr.carer;

/** The carer's work or education: what caring must fit around (Care Act s10(6)). */
public enum Employment {
    EMPLOYED_FULL_TIME,
    EMPLOYED_PART_TIME,
    SELF_EMPLOYED,
    NOT_IN_WORK,
    RETIRED,
    IN_EDUCATION,
    UNABLE_TO_WORK
}
