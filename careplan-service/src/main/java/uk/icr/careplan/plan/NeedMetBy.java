package uk.icr.careplan.plan;

/** Who meets a need (PRSB PCSP). */
public enum NeedMetBy {
    COUNCIL,
    NHS,
    CARER,
    VCSE,
    SELF
}
