package uk.icr.budget.ledger;

/** What money was spent on. Some categories may never be paid for from NHS money. */
public enum SpendCategory {
    PERSONAL_CARE,
    PERSONAL_ASSISTANT_WAGES,
    RESPITE,
    EQUIPMENT,
    TRANSPORT,
    THERAPY,
    DAY_ACTIVITIES,
    HOUSEHOLD_SUPPORT,
    TRAINING,
    OTHER,
    ALCOHOL(true),
    TOBACCO(true),
    GAMBLING(true),
    DEBT_REPAYMENT(true),
    EMERGENCY_CARE(true),
    GP_SERVICES(true);

    private final boolean excludedForNhs;

    SpendCategory() {
        this(false);
    }

    SpendCategory(boolean excludedForNhs) {
        this.excludedForNhs = excludedForNhs;
    }

    /** Personal health budget rules (NHS Direct Payments Regulations 2013): never from NHS money. */
    public boolean excludedForNhs() {
        return excludedForNhs;
    }
}
