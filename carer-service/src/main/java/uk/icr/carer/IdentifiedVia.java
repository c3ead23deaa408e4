package uk.icr.carer;

/** Who noticed the carer: their GP practice, a hospital, an assessment of the person cared for, themselves, or a VCSE organisation. */
public enum IdentifiedVia {
    GP,
    HOSPITAL,
    ASSESSMENT,
    SELF,
    VCSE
}
