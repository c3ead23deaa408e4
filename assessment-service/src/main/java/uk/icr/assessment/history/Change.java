package uk.icr.assessment.history;

/** What made a new version of an assessment. */
public enum Change {
    CREATED,
    UPDATED,
    STARTED,
    COMPLETED,
    CANCELLED,
    ENTERED_IN_ERROR,
    /** Versions that existed before the history was kept (V2 migration). */
    MIGRATED
}
