package uk.icr.assessment;

/** How a named unpaid carer is related to the person. */
public enum CarerRelationship {
    SPOUSE_OR_PARTNER,
    PARENT,
    SON_OR_DAUGHTER,
    SIBLING,
    OTHER_RELATIVE,
    FRIEND,
    NEIGHBOUR,
    OTHER
}
