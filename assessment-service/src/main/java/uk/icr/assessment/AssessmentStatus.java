package uk.icr.assessment;

/** Where an assessment is in its life. */
public enum AssessmentStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED,
    ENTERED_IN_ERROR
}
