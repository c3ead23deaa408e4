package uk.icr.kit.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the current request is about, as far as the resource knows it: resources name the person
 * ({@link #about}) once they know whose data it is. The audit trail reads this when it records the call.
 */
@RequestScoped
public class AuditContext {

    private String nhsNumber;
    private volatile boolean recorded;

    /** The person whose data this request reads or changes. */
    public void about(String nhsNumber) {
        this.nhsNumber = nhsNumber;
    }

    String nhsNumber() {
        return nhsNumber;
    }

    boolean recorded() {
        return recorded;
    }

    void markRecorded() {
        recorded = true;
    }
}
