package uk.icr.assessment;

/** Which side of a joint assessment a contributor assesses for. */
public enum Sector {
    HEALTH,
    SOCIAL_CARE
}
