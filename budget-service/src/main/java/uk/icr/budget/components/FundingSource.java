package uk.icr.budget.components;

/** Where a component's money comes from. */
public enum FundingSource {
    COUNCIL_SOCIAL_CARE,
    NHS_PERSONAL_HEALTH_BUDGET,
    NHS_CONTINUING_HEALTHCARE,
    S117_AFTERCARE;

    /** NHS money, which personal health budget rules restrict (alcohol, tobacco, gambling, debt, emergency or GP care). */
    public boolean nhs() {
        return this == NHS_PERSONAL_HEALTH_BUDGET || this == NHS_CONTINUING_HEALTHCARE;
    }
}
