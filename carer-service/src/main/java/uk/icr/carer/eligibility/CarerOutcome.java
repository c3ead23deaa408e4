package uk.icr.carer.eligibility;

/** The outcomes of the Care and Support (Eligibility Criteria) Regulations 2014, reg 3(3). */
public enum CarerOutcome {
    /** (a) carrying out any caring responsibilities the carer has for a child. */
    CARING_FOR_CHILD,
    /** (b) providing care to other persons for whom the carer provides care. */
    CARING_FOR_OTHERS,
    /** (c) maintaining a habitable home environment in the carer's home. */
    HABITABLE_HOME,
    /** (d) managing and maintaining nutrition. */
    NUTRITION,
    /** (e) developing and maintaining family or other personal relationships. */
    RELATIONSHIPS,
    /** (f) engaging in work, training, education or volunteering. */
    WORK_TRAINING_EDUCATION_VOLUNTEERING,
    /** (g) making use of necessary facilities or services in the local community. */
    COMMUNITY_FACILITIES,
    /** (h) engaging in recreational activities. */
    RECREATION
}
