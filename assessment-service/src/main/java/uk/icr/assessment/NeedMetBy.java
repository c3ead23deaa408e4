package uk.icr.assessment;

/** Who meets a need: the same code list the care plan uses. */
public enum NeedMetBy {
    COUNCIL,
    NHS,
    CARER,
    VCSE,
    SELF
}
