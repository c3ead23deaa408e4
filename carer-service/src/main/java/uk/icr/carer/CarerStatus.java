package uk.icr.carer;

/** Where a carer is in their journey with the council and the NHS. */
public enum CarerStatus {
    IDENTIFIED,
    ASSESSMENT_OFFERED,
    ASSESSED,
    SUPPORTED,
    NO_LONGER_CARING
}
