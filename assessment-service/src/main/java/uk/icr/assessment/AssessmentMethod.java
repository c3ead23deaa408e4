package uk.icr.assessment;

/** Who took part in the assessment, as councils report it (SALT). */
public enum AssessmentMethod {
    SERVICE_USER_ONLY,
    CARER_ONLY,
    SERVICE_USER_AND_CARER
}
