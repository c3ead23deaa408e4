package uk.icr.careplan;

/** Where a care plan is in its life. */
public enum CarePlanStatus {
    DRAFT,
ACTIVE,
UNDER_REVIEW,
CLOSED,
ENTERED_IN_ERROR
}
