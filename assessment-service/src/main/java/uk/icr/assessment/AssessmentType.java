package uk.icr.assessment;

/** The kinds of assessment the service records. */
public enum AssessmentType {
    JOINT_HEALTH_AND_SOCIAL_CARE,
    CARE_ACT_NEEDS,
    CONTINUING_HEALTHCARE,
    HOSPITAL_DISCHARGE,
    REABLEMENT,
    MENTAL_HEALTH
}
